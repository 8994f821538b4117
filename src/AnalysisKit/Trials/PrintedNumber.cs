using System.Globalization;

namespace AnalysisKit.Trials;

/// <summary>
/// A number exactly as a paper prints it, with the reading the kit takes from it. The text is
/// kept verbatim ("47.0%", "&lt;0.001", "NA", "Twenty-nine"); <see cref="Value"/> is the number it
/// states and <see cref="Decimals"/> the number of digits printed after the decimal point, so
/// that a recomputed value can be compared at the printed rounding ("0.4" has 1 decimal,
/// "10.32" has 2, "100%" has 0; the rule is <c>AnalysisKit.Consistency.PrintedAgreement</c>).
/// </summary>
/// <param name="Text">The printed text, verbatim.</param>
/// <param name="Value">The number stated, or null when the text states none (NA: not reached or not applicable).</param>
/// <param name="Decimals">Digits printed after the decimal point; null when there is no value.</param>
/// <param name="Qualifier">A comparison printed before the number ("&lt;", "&gt;", "≤", "≥"), or empty.</param>
/// <param name="IsPercent">True when a per-cent sign was printed after the number.</param>
public sealed record PrintedNumber(string Text, double? Value, int? Decimals, string Qualifier, bool IsPercent)
{
    /// <summary>The text papers print for a value that does not exist (a bound not reached).</summary>
    public const string NotAvailable = "NA";

    /// <summary>True when the printed text states a number.</summary>
    public bool HasValue => Value.HasValue;

    /// <summary>
    /// The words that, printed before a number, make it approximate ("about 20%"); matched at the
    /// start of the printed text, ignoring case.
    /// </summary>
    public static IReadOnlyList<string> ApproximationWords { get; } = ["about", "approximately", "approx.", "around", "roughly", "nearly", "almost", "~", "≈"];

    /// <summary>
    /// The approximation word printed before the number ("about" in "about 20%", lower case), or
    /// empty when the number is stated exactly. Only a worded text (<see cref="Worded"/>) can carry
    /// one; how the kit compares an approximate number is described at
    /// <c>AnalysisKit.Consistency.PrintedAgreement</c>.
    /// </summary>
    public string Approximation { get; init; } = "";

    /// <summary>True when the paper gives the number as approximate (<see cref="Approximation"/> is not empty).</summary>
    public bool IsApproximate => Approximation.Length > 0;

    /// <summary>
    /// Reads a printed number: an optional comparison (&lt; &gt; ≤ ≥), an optional minus sign
    /// ('-', the en dash '–' or '−'), digits with an optional '.' and decimals, and an optional
    /// trailing '%'. "NA" reads as no value. Anything else (for example "1O.3") is refused.
    /// </summary>
    /// <param name="text">The printed text (surrounding spaces are ignored).</param>
    /// <param name="number">The reading, when the text is a printed number.</param>
    /// <returns>False when the text is not a printed number.</returns>
    public static bool TryParse(string text, out PrintedNumber? number)
    {
        ArgumentNullException.ThrowIfNull(text);
        number = null;
        var trimmed = text.Trim();
        if (trimmed == NotAvailable)
        {
            number = new PrintedNumber(trimmed, null, null, "", false);
            return true;
        }
        var rest = trimmed.AsSpan();
        var qualifier = "";
        if (rest.Length > 0 && rest[0] is '<' or '>' or '≤' or '≥')
        {
            qualifier = rest[..1].ToString();
            rest = rest[1..].TrimStart();
        }
        var negative = false;
        if (rest.Length > 0 && rest[0] is '-' or '–' or '−')
        {
            negative = true;
            rest = rest[1..];
        }
        var percent = false;
        if (rest.Length > 0 && rest[^1] == '%')
        {
            percent = true;
            rest = rest[..^1];
        }
        if (!IsPlainDecimal(rest, out var decimals)) return false;
        var value = double.Parse(rest, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        number = new PrintedNumber(trimmed, negative ? -value : value, decimals, qualifier, percent);
        return true;
    }

    /// <summary>
    /// A printed text whose number is given separately, for numbers printed in words
    /// ("Twenty-nine" read as 29) or with an approximation word ("about 20%" read as 20, with
    /// <see cref="Approximation"/> "about"). The decimals are those of <paramref name="reading"/>;
    /// the number is a percentage when either the text or the reading ends in '%'.
    /// </summary>
    /// <param name="text">The printed text, verbatim.</param>
    /// <param name="reading">The number the text states, itself a printed number.</param>
    public static PrintedNumber Worded(string text, PrintedNumber reading)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reading);
        var trimmed = text.Trim();
        return reading with { Text = trimmed, Approximation = LeadingApproximation(trimmed), IsPercent = reading.IsPercent || trimmed.EndsWith('%') };
    }

    private static string LeadingApproximation(string text)
    {
        foreach (var word in ApproximationWords)
        {
            if (!text.StartsWith(word, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = text.AsSpan(word.Length);
            // a word must stand alone ("about 20"), a sign may touch the number ("~20")
            if (char.IsLetter(word[^1]) && (rest.IsEmpty || !char.IsWhiteSpace(rest[0]))) continue;
            return word;
        }
        return "";
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static bool IsPlainDecimal(ReadOnlySpan<char> text, out int decimals)
    {
        decimals = 0;
        if (text.IsEmpty) return false;
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        if (whole.IsEmpty || !AllDigits(whole)) return false;
        if (point < 0) return true;
        var fraction = text[(point + 1)..];
        if (fraction.IsEmpty || !AllDigits(fraction)) return false;
        decimals = fraction.Length;
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
        }
        return true;
    }
}
