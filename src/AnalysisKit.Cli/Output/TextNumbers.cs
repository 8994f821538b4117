using System.Globalization;

namespace AnalysisKit.Cli.Output;

/// <summary>How the text (<c>--format text</c>) output of the commands prints numbers: invariant culture, NA for missing.</summary>
internal static class TextNumbers
{
    /// <summary>A number with a fixed format; "NA" when it is NaN, "Inf" / "-Inf" for infinities (as R prints them).</summary>
    public static string Fixed(double value, string format) => value switch
    {
        double.NaN => "NA",
        double.PositiveInfinity => "Inf",
        double.NegativeInfinity => "-Inf",
        _ => value.ToString(format, CultureInfo.InvariantCulture),
    };

    /// <summary>A p-value for reading: 4 significant digits, "&lt;1e-16" below that, "NA" when missing.</summary>
    public static string P(double p) =>
        double.IsNaN(p) ? "NA" : p < 1e-16 ? "<1e-16" : p.ToString("G4", CultureInfo.InvariantCulture);
}
