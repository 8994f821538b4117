using AnalysisKit.Consistency;
using AnalysisKit.Survival;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The statistics a subgroup survival table prints, computed with the kit's own code from
/// patients' times: Kaplan–Meier with <see cref="PrintedSurvival.Options"/> (log-transformed
/// Greenwood intervals, the median as R's <c>quantile.survfit</c>), landmark rates as
/// <c>summary(fit, times = landmarks)</c> (no value past the last observation), and the log-rank
/// p (<c>survdiff</c>, rho = 0). A printed cell agrees with its value by
/// <see cref="PrintedAgreement"/> at <see cref="SubgroupSurvivalTable.MinimumDecimals"/>.
/// </summary>
public static class SubgroupStatistics
{
    /// <summary>The value of every statistic column (n, events, the median and its limits, each landmark's rate and limits) for one group of patients; NaN where none exists.</summary>
    /// <param name="time">Each patient's time.</param>
    /// <param name="died">Each patient's event indicator.</param>
    /// <param name="landmarks">The landmark times whose rates are wanted (12 gives <c>s12</c>, <c>s12_lower</c>, <c>s12_upper</c>).</param>
    public static IReadOnlyDictionary<string, double> Of(IReadOnlyList<double> time, IReadOnlyList<bool> died, IReadOnlyList<int> landmarks)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(died);
        ArgumentNullException.ThrowIfNull(landmarks);
        var values = new Dictionary<string, double>
        {
            ["n"] = time.Count,
            ["events"] = died.Count(d => d),
        };
        if (time.Count == 0)
        {
            foreach (var c in new[] { "median", "median_lower", "median_upper" }.Concat(landmarks.SelectMany(SubgroupSurvivalTable.LandmarkColumns)))
                values[c] = double.NaN;
            return values;
        }
        var curve = KaplanMeier.Fit(time, died, PrintedSurvival.Options);
        var median = curve.Median;
        values["median"] = median.Time;
        values["median_lower"] = median.Lower;
        values["median_upper"] = median.Upper;
        foreach (var landmark in landmarks)
        {
            var at = curve.SurvivalAt([landmark]).FirstOrDefault();
            var columns = SubgroupSurvivalTable.LandmarkColumns(landmark);
            values[columns[0]] = at?.Survival ?? double.NaN;
            values[columns[1]] = at?.Lower ?? double.NaN;
            values[columns[2]] = at?.Upper ?? double.NaN;
        }
        return values;
    }

    /// <summary>Log-rank p across the groups (NaN when fewer than two groups hold patients).</summary>
    public static double LogRankP(IReadOnlyList<double> time, IReadOnlyList<bool> died, IReadOnlyList<string> group)
    {
        if (group.Distinct().Count() < 2) return double.NaN;
        var p = LogRankTest.Compute(time, died, group).P;
        return double.IsNaN(p) ? 1 : p;
    }
}
