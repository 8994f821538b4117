using System.Globalization;
using AnalysisKit.Comparison;
using Deedle;

namespace AnalysisKit.Frames;

/// <summary>
/// Cross-trial comparison results as Deedle frames, one row per trial in the comparison's order,
/// keyed 0, 1, 2, ... with declared column types.
/// </summary>
public static class ComparisonFrames
{
    /// <summary>
    /// A survival comparison as a frame with the columns <c>trial</c>, <c>endpoint</c> (string),
    /// <c>synthetic</c> (bool: the cohort's patients are reconstructed), <c>n</c>, <c>events</c>
    /// (int), <c>median</c>, <c>median_lower</c>, <c>median_upper</c> (double: <c>print(survfit)</c>'s
    /// median and limits; missing when not reached), for each landmark time t <c>s&lt;t&gt;</c>,
    /// <c>s&lt;t&gt;_lower</c>, <c>s&lt;t&gt;_upper</c> (double: <c>summary(fit, times = t)</c>;
    /// missing beyond the last observation), and <c>rmst</c>, <c>rmst_lower</c>,
    /// <c>rmst_upper</c>, <c>horizon</c> (double: rmean ± z·se(rmean) up to the common horizon τ,
    /// as <c>print(survfit, rmean = tau)</c>).
    /// </summary>
    public static Frame<int, string> Survival(SurvivalComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var rows = comparison.Rows;
        var frame = Frame.CreateEmpty<int, string>();
        frame.AddColumn("trial", FrameColumns.Of(rows.Select(r => (string?)r.Cohort.Trial)));
        frame.AddColumn("endpoint", FrameColumns.Of(rows.Select(r => (string?)r.Cohort.Endpoint)));
        frame.AddColumn("synthetic", FrameColumns.Of(rows.Select(r => (bool?)r.Cohort.Synthetic)));
        frame.AddColumn("n", FrameColumns.Of(rows.Select(r => (int?)r.Curve.N)));
        frame.AddColumn("events", FrameColumns.Of(rows.Select(r => (int?)r.Curve.Events)));
        var medians = rows.Select(r => r.Curve.Median).ToList();
        frame.AddColumn("median", FrameColumns.Numbers(medians.Select(m => (double?)m.Time)));
        frame.AddColumn("median_lower", FrameColumns.Numbers(medians.Select(m => (double?)m.Lower)));
        frame.AddColumn("median_upper", FrameColumns.Numbers(medians.Select(m => (double?)m.Upper)));
        for (var i = 0; i < comparison.LandmarkTimes.Count; i++)
        {
            var name = "s" + comparison.LandmarkTimes[i].ToString("R", CultureInfo.InvariantCulture);
            var at = rows.Select(r => r.Landmarks[i]).ToList();
            frame.AddColumn(name, FrameColumns.Numbers(at.Select(l => l?.Survival)));
            frame.AddColumn(name + "_lower", FrameColumns.Numbers(at.Select(l => l?.Lower)));
            frame.AddColumn(name + "_upper", FrameColumns.Numbers(at.Select(l => l?.Upper)));
        }
        frame.AddColumn("rmst", FrameColumns.Numbers(rows.Select(r => (double?)r.RestrictedMean.Mean)));
        frame.AddColumn("rmst_lower", FrameColumns.Numbers(rows.Select(r => (double?)r.RestrictedMeanLower)));
        frame.AddColumn("rmst_upper", FrameColumns.Numbers(rows.Select(r => (double?)r.RestrictedMeanUpper)));
        frame.AddColumn("horizon", FrameColumns.Numbers(rows.Select(_ => (double?)comparison.Horizon)));
        return frame;
    }
}
