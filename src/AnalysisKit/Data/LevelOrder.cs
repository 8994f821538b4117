using System.Globalization;

namespace AnalysisKit.Data;

/// <summary>
/// The order in which group and factor levels are listed, as R's <c>factor()</c> orders the
/// values of a column: numerically when every level reads as a number (so "2" comes before
/// "10"), otherwise by ordinal string comparison (R's C-locale <c>sort</c>). The first level is
/// the reference level of treatment contrasts.
/// </summary>
public static class LevelOrder
{
    /// <summary>The distinct values of <paramref name="labels"/> in level order.</summary>
    public static IReadOnlyList<string> Levels(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var distinct = labels.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > 0 && distinct.All(IsNumber))
            return distinct.OrderBy(Parse).ThenBy(l => l, StringComparer.Ordinal).ToList();
        distinct.Sort(StringComparer.Ordinal);
        return distinct;
    }

    private static bool IsNumber(string label) =>
        double.TryParse(label, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v);

    private static double Parse(string label) => double.Parse(label, NumberStyles.Float, CultureInfo.InvariantCulture);
}
