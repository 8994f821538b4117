using System.Globalization;

namespace AnalysisKit.Charts;

/// <summary>Numbers written into chart requests' messages and labels, always in the invariant culture.</summary>
internal static class ChartText
{
    /// <summary>The shortest text that reads back as <paramref name="x"/> ("R" format).</summary>
    public static string Show(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    /// <summary><paramref name="x"/> with <paramref name="decimals"/> decimals.</summary>
    public static string Fixed(double x, int decimals) => x.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A p-value as printed in trial reports: "&lt; 0.001" below 0.001, else three decimals.</summary>
    public static string PValue(double p) => p < 0.001 ? "< 0.001" : "= " + Fixed(p, 3);
}
