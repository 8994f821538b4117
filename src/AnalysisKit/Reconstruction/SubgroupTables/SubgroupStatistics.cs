using AnalysisKit.Consistency;
using AnalysisKit.Survival;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The statistics a subgroup survival table prints, computed with the kit's own code from
/// patients' times: Kaplan–Meier with log-transformed Greenwood intervals (R's default
/// <c>conf.type = "log"</c>) and the median read by <see cref="QuantileRule.RQuantileFunction"/>
/// (R's <c>quantile.survfit</c>: a curve resting on 0.5 to its last observation gives the midpoint
/// to that observation, 17.89 for one death at 2.76 and one patient censored at 33.02), landmark rates as <c>summary(fit, times = landmarks)</c>
/// (no value past the last observation), and the log-rank p (<c>survdiff</c>, rho = 0).
/// </summary>
public static class SubgroupStatistics
{
    /// <summary>The Kaplan–Meier options the tables are reproduced with.</summary>
    public static KaplanMeierOptions Options { get; } = new()
    {
        ConfidenceType = ConfidenceIntervalType.Log,
        QuantileRule = QuantileRule.RQuantileFunction,
    };

    /// <summary>
    /// Decimals a column is compared at. The tables drop trailing zeros ("9" is 9.00, "0.4" is
    /// 0.400), so times are compared at 2 decimals and proportions and p at 3, or at more when
    /// more are printed.
    /// </summary>
    public static int DecimalsOf(string column, PrintedNumber printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var table = column is "median" or "median_lower" or "median_upper" ? 2 : column is "n" or "events" ? 0 : 3;
        return Math.Max(table, printed.Decimals ?? 0);
    }

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
        var curve = KaplanMeier.Fit(time, died, Options);
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

    /// <summary>
    /// Whether a printed cell agrees with a computed value: NA with a missing value, "&lt;x" with a
    /// value below x, otherwise <see cref="PrintedRounding.Agrees"/> at <see cref="DecimalsOf"/> decimals.
    /// </summary>
    public static bool Agrees(string column, PrintedNumber printed, double value)
    {
        ArgumentNullException.ThrowIfNull(printed);
        if (printed.Value is not { } number) return double.IsNaN(value);
        if (double.IsNaN(value)) return false;
        if (printed.Qualifier == "<") return value < number;
        if (printed.Qualifier == ">") return value > number;
        return PrintedRounding.Agrees(value, number, DecimalsOf(column, printed));
    }
}
