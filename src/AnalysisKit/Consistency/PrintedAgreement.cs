using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// Whether a value agrees with a printed number, exact or approximate. An exactly printed number
/// agrees at its printed rounding (<see cref="PrintedRounding.Agrees"/>). A number printed with an
/// approximation word ("about 20%", "approximately 10", "~5", "nearly 50%"; see
/// <see cref="PrintedNumber.ApproximationWords"/>) claims only the precision of its last
/// significant digit: it agrees with any value within half a unit of that digit, so "about 20%"
/// (last significant digit: the tens) covers 15% to 25%, "about 25%" 24.5% to 25.5%, "about 2.5"
/// 2.45 to 2.55. "Nearly" and "almost" say the true value is not above the number: they cover
/// the lower half of that range only ("nearly 50%": 45% to 50%).
/// </summary>
public static class PrintedAgreement
{
    /// <summary>True when <paramref name="value"/> agrees with <paramref name="printed"/> as described above (false when nothing numeric is printed).</summary>
    public static bool Agrees(double value, PrintedNumber printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        if (printed.Value is not { } target || printed.Decimals is not { } decimals || !double.IsFinite(value)) return false;
        if (!printed.IsApproximate) return PrintedRounding.Agrees(value, target, decimals);
        var (low, high) = Range(printed);
        var slack = 1e-9 * Math.Max(1, Math.Abs(target));
        return value >= low - slack && value <= high + slack;
    }

    /// <summary>
    /// The values an approximate printed number covers (see the class summary); for an exact one,
    /// the values that round to it. Throws when nothing numeric is printed.
    /// </summary>
    public static (double Low, double High) Range(PrintedNumber printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        if (printed.Value is not { } target || printed.Decimals is not { } decimals)
            throw new ArgumentException($"'{printed.Text}' states no number, so it covers no values.", nameof(printed));
        var half = printed.IsApproximate ? SignificantUnit(target, decimals) / 2 : 0.5 * Math.Pow(10, -decimals);
        var below = printed.Approximation is "nearly" or "almost";
        return (target - half, below ? target : target + half);
    }

    /// <summary>
    /// One unit of the last significant (non-zero) digit of a number printed with
    /// <paramref name="decimals"/> decimals: 10 for 20, 1 for 25, 0.1 for 2.5 and for 2.50, 100 for 300;
    /// one unit of the last printed place for 0.
    /// </summary>
    public static double SignificantUnit(double printed, int decimals)
    {
        var digits = (long)Math.Round(Math.Abs(printed) * Math.Pow(10, decimals));
        var place = -decimals;
        while (digits != 0 && digits % 10 == 0)
        {
            digits /= 10;
            place++;
        }
        return Math.Pow(10, place);
    }

    /// <summary>"15% to 25%": the values an approximate percentage or number covers, in words.</summary>
    public static string RangeInWords(PrintedNumber printed)
    {
        var (low, high) = Range(printed);
        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(SignificantUnit(printed.Value!.Value, printed.Decimals!.Value) / 2) + 1e-9));
        var unit = printed.IsPercent ? "%" : "";
        return $"{PrintedText.Fixed(low, decimals)}{unit} to {PrintedText.Fixed(high, decimals)}{unit}";
    }
}
