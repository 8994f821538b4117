using System.Globalization;
using AnalysisKit.Charts;
using AnalysisKit.Comparison;
using AnalysisKit.Survival;

namespace AnalysisKit.Views;

/// <summary>Overlaid Kaplan–Meier curves of several trials' cohorts for one endpoint, with the comparable reference figures.</summary>
public static class CrossTrialCurves
{
    /// <summary>
    /// The chart request: one curve per cohort (labelled by trial, fitted as
    /// <c>survfit(Surv(time, event) ~ trial)</c>), no confidence bands (they would overlap), a
    /// number-at-risk table every <paramref name="riskTableEvery"/> months, flagged synthetic when
    /// any cohort is; and every figure of <paramref name="references"/> whose
    /// <see cref="ReferenceFigure.ComparableEndpoint"/> is this endpoint and whose statistic is a
    /// median drawn as the point (median, 0.5) labelled with study, arm and citing line.
    /// </summary>
    /// <exception cref="ArgumentException">No cohorts, or cohorts of different endpoints.</exception>
    public static KaplanMeierChartRequest Request(IReadOnlyList<SurvivalCohort> cohorts, IReadOnlyList<ReferenceFigure>? references = null, double riskTableEvery = 6)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        if (cohorts.Count == 0) throw new ArgumentException("There is no cohort to draw.", nameof(cohorts));
        var endpoint = cohorts[0].Endpoint;
        if (cohorts.Any(c => c.Endpoint != endpoint))
            throw new ArgumentException($"The cohorts mix endpoints ({string.Join(", ", cohorts.Select(c => c.Endpoint).Distinct())}); overlay one endpoint at a time.", nameof(cohorts));
        var time = cohorts.SelectMany(c => c.Time).ToList();
        var died = cohorts.SelectMany(c => c.Event).ToList();
        var trial = cohorts.SelectMany(c => c.Time.Select(_ => c.Trial)).ToList();
        var curves = KaplanMeier.FitByGroup(time, died, trial);
        var request = KaplanMeierChartRequest.From(curves, $"{TrialSurvivalChart.EndpointName(endpoint)} across trials", "months", riskTableEvery, cohorts.Any(c => c.Synthetic));
        var points = (references ?? [])
            .Where(f => f.ComparableEndpoint == endpoint && f.Statistic.StartsWith("median", StringComparison.Ordinal))
            .Select(f => new PublishedLandmark($"{f.Study} {f.Arm}: median {f.Printed} (kaseb2021 line {f.SeedLine.ToString(CultureInfo.InvariantCulture)})", f.Value, 0.5))
            .ToArray();
        return request with { ConfidenceBands = false, Landmarks = points };
    }
}
