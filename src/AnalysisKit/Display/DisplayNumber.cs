using System.Globalization;

namespace AnalysisKit.Display;

/// <summary>
/// Numbers as results print them: invariant culture (a "." decimal point, no grouping), and R's
/// spellings for the values that are not finite numbers (<c>NA</c>, <c>Inf</c>, <c>-Inf</c>).
/// </summary>
public static class DisplayNumber
{
    /// <summary>
    /// <paramref name="value"/> with exactly <paramref name="decimals"/> digits after the point
    /// (R's <c>formatC(x, format = "f", digits = decimals)</c>); NaN prints as <c>NA</c>, infinities
    /// as <c>Inf</c> and <c>-Inf</c>.
    /// </summary>
    public static string Fixed(double value, int decimals)
    {
        if (decimals is < 0 or > 15)
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals must be between 0 and 15.");
        return NotFinite(value) ?? value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <paramref name="value"/> with at most seven significant digits (R's default
    /// <c>digits = 7</c>), trailing zeros dropped, in .NET's general ("G7") form: fixed notation
    /// unless the exponent is below -5 or above 6. Exponents are written in lower case without
    /// leading zeros (<c>1e-10</c>, <c>1.234568e8</c>). NaN prints as <c>NA</c>, infinities as
    /// <c>Inf</c> and <c>-Inf</c>.
    /// </summary>
    public static string Significant(double value) => Significant(value, 7);

    /// <summary>
    /// <paramref name="value"/> with at most <paramref name="digits"/> significant digits (R's
    /// <c>signif(x, digits)</c> printed without trailing zeros), in .NET's general form with the
    /// exponent written as in <see cref="Significant(double)"/>; NaN prints as <c>NA</c>,
    /// infinities as <c>Inf</c> and <c>-Inf</c>.
    /// </summary>
    public static string Significant(double value, int digits)
    {
        if (digits is < 1 or > 17)
            throw new ArgumentOutOfRangeException(nameof(digits), digits, "Significant digits must be between 1 and 17.");
        var special = NotFinite(value);
        if (special is not null) return special;
        if (value == 0) return "0";
        var text = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var e = text.IndexOf('E');
        if (e < 0) return text;
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return text[..e] + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A p-value with three significant digits (so that 0.0496 and 0.0504 stay apart); values
    /// below 2.2e-16 (R's <c>.Machine$double.eps</c>) print as <c>&lt;2.2e-16</c>, as R's
    /// <c>format.pval</c> does; NaN prints as <c>NA</c>.
    /// </summary>
    public static string PValue(double p)
    {
        if (double.IsNaN(p)) return "NA";
        return p < 2.220446049250313e-16 ? "<2.2e-16" : Significant(p, 3);
    }

    /// <summary>An integer count in invariant culture (no grouping separators).</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? NotFinite(double value) =>
        double.IsNaN(value) ? "NA" : double.IsPositiveInfinity(value) ? "Inf" : double.IsNegativeInfinity(value) ? "-Inf" : null;
}
