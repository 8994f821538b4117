using System.Globalization;

namespace AnalysisKit.Consistency;

/// <summary>Numbers written into findings and notes: invariant culture, a fixed number of decimals.</summary>
internal static class PrintedText
{
    /// <summary>The value with <paramref name="decimals"/> decimals ("47.06").</summary>
    public static string Fixed(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("F" + decimals, CultureInfo.InvariantCulture) : "not available";

    /// <summary>Up to 4 significant decimals, without trailing zeros ("0.4412").</summary>
    public static string Short(double value) =>
        double.IsFinite(value) ? Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture) : "not available";

    /// <summary>"12", "12 and 24", "6, 12 and 24".</summary>
    public static string List(IReadOnlyList<int> values)
    {
        var texts = values.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToList();
        return texts.Count <= 1 ? string.Concat(texts) : string.Join(", ", texts.Take(texts.Count - 1)) + " and " + texts[^1];
    }

    /// <summary>"one decimal", "2 decimals", "a whole number".</summary>
    public static string DecimalsInWords(int decimals) => decimals switch
    {
        0 => "a whole number",
        1 => "one decimal",
        _ => decimals.ToString(CultureInfo.InvariantCulture) + " decimals",
    };
}
