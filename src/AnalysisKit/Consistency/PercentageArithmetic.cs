namespace AnalysisKit.Consistency;

/// <summary>
/// Arithmetic of printed percentages: whether "k (p%)" is right for a denominator, and which
/// denominators a printed percentage allows when the paper leaves the denominator implicit.
/// </summary>
public static class PercentageArithmetic
{
    /// <summary>100·<paramref name="count"/>/<paramref name="denominator"/>.</summary>
    public static double Percent(int count, int denominator)
    {
        Validate(count, denominator);
        return 100.0 * count / denominator;
    }

    /// <summary>True when 100·count/denominator rounds to the printed percentage at its printed decimals.</summary>
    public static bool Agrees(int count, int denominator, double printedPercent, int decimals) =>
        PrintedRounding.Agrees(Percent(count, denominator), printedPercent, decimals);

    /// <summary>
    /// The denominators from <paramref name="count"/> (at least 1) up to <paramref name="maxDenominator"/>
    /// for which count/denominator gives the printed percentage, in increasing order. Used to infer
    /// an implicit denominator, e.g. 2 patients printed as 7% allow 27, 28 or 29 patients.
    /// </summary>
    public static IReadOnlyList<int> Denominators(int count, double printedPercent, int decimals, int maxDenominator)
    {
        if (count < 0) throw new ArgumentException($"A count of patients cannot be negative ({count}).", nameof(count));
        if (maxDenominator < 1) throw new ArgumentException($"The largest denominator to try must be at least 1 ({maxDenominator} was given).", nameof(maxDenominator));
        var found = new List<int>();
        for (var d = Math.Max(count, 1); d <= maxDenominator; d++)
        {
            if (Agrees(count, d, printedPercent, decimals)) found.Add(d);
        }
        return found;
    }

    private static void Validate(int count, int denominator)
    {
        if (denominator <= 0)
            throw new ArgumentException($"A percentage needs a denominator of at least one patient; {denominator} was given.", nameof(denominator));
        if (count < 0 || count > denominator)
            throw new ArgumentException($"A count of {count} patients out of {denominator} is impossible.", nameof(count));
    }
}
