using AnalysisKit.Survival;
using MathNet.Numerics.Distributions;

namespace AnalysisKit.Comparison;

/// <summary>
/// Time-to-event results of several trials side by side: medians and landmark rates with their
/// CIs, and restricted mean survival time at a common horizon. The horizon defaults to the
/// smallest of the cohorts' last follow-up times, so that every RMST is estimated within
/// observed follow-up (the default of <c>survRM2::rmst2</c> for two arms).
/// </summary>
public sealed record SurvivalComparison(IReadOnlyList<SurvivalComparisonRow> Rows, IReadOnlyList<double> LandmarkTimes, double Horizon, double ConfidenceLevel)
{
    /// <summary>True when any cohort is synthetic; every table and chart of the comparison must then say so.</summary>
    public bool AnySynthetic => Rows.Any(r => r.Cohort.Synthetic);

    /// <summary>Compares the cohorts.</summary>
    /// <param name="cohorts">At least one cohort; all in the same time unit.</param>
    /// <param name="landmarkTimes">Times at which to read survival (e.g. 6, 12, 24 months).</param>
    /// <param name="horizon">RMST horizon; null for the smallest last follow-up time.</param>
    /// <param name="options">Kaplan–Meier options (R defaults when null).</param>
    public static SurvivalComparison Compare(IReadOnlyList<SurvivalCohort> cohorts, IReadOnlyList<double> landmarkTimes, double? horizon = null, KaplanMeierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        ArgumentNullException.ThrowIfNull(landmarkTimes);
        if (cohorts.Count == 0) throw new ArgumentException("There is no cohort to compare.", nameof(cohorts));
        if (landmarkTimes.Any(t => !double.IsFinite(t) || t < 0))
            throw new ArgumentException("Landmark times must be finite times of 0 or more.", nameof(landmarkTimes));
        options ??= new KaplanMeierOptions();
        var curves = cohorts.Select(c => KaplanMeier.Fit(c.Time, c.Event, options)).ToList();
        var tau = horizon ?? curves.Min(c => c.LastTime);
        if (!double.IsFinite(tau) || tau <= 0)
            throw new ArgumentException($"The RMST horizon must be a positive time; {tau} was given.", nameof(horizon));
        var z = Normal.InvCDF(0, 1, 1 - (1 - options.ConfidenceLevel) / 2);
        var rows = cohorts.Select((cohort, i) =>
        {
            var curve = curves[i];
            var landmarks = landmarkTimes.Select(t => curve.SurvivalAt([t]).SingleOrDefault()).ToList();
            var rmst = curve.RestrictedMean(tau);
            return new SurvivalComparisonRow(cohort, curve, landmarks, rmst, rmst.Mean - z * rmst.StdErr, rmst.Mean + z * rmst.StdErr);
        }).ToList();
        return new SurvivalComparison(rows, landmarkTimes.ToList(), tau, options.ConfidenceLevel);
    }
}
