using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// The kit's one rule for whether a value it computed agrees with a printed number. The
/// reproduction ledger's statuses, the reconstructions' fidelity tables and searches, and the
/// consistency checks all decide agreement here (<see cref="Agrees"/>); <see cref="PrintedComparison"/>
/// records one such decision.
/// <list type="number">
/// <item>"NA" (no number printed: not reached, not applicable) agrees with a missing value (NaN or
/// infinite, such as a median whose curve never reaches 0.5), and a missing value with nothing else.</item>
/// <item>"&lt;x" agrees with a value strictly below x and "&gt;x" with one strictly above x, whatever
/// the printed decimals ("&lt;0.001" with 0.0004, not with 0.001). "≤x" agrees with a value below x
/// or one that rounds to x at the printed decimals, "≥x" with one above x or one that rounds to x.</item>
/// <item>A number printed with an approximation word ("about 20%", "approximately 10", "~5",
/// "nearly 50%"; see <see cref="PrintedNumber.ApproximationWords"/>) claims only the precision of
/// its last significant digit: it agrees with any value within half a unit of that digit, so
/// "about 20%" (last significant digit: the tens) covers 15% to 25%, "about 25%" 24.5% to 25.5%,
/// "about 2.5" 2.45 to 2.55. "Nearly" and "almost" say the true value is not above the number:
/// they cover the lower half of that range only ("nearly 50%": 45% to 50%).</item>
/// <item>Otherwise the printed number x must be a correct rounding of the value at d decimals,
/// whichever tie rule the authors' software used: |value − x| ≤ ½·10^−d
/// (<see cref="PrintedRounding.Agrees"/>). d is the number of printed decimals, or the column's
/// minimum when a table drops trailing zeros (a subgroup table may print 9.00 as "9" and
/// 0.400 as "0.4", so their times are compared at 2 decimals and proportions and p at 3:
/// <see cref="SubgroupSurvivalTable.MinimumDecimals"/>); see <see cref="DecimalsComparedAt"/>.</item>
/// </list>
/// </summary>
public static class PrintedAgreement
{
    /// <summary>True when <paramref name="value"/> agrees with <paramref name="printed"/> by the rule above.</summary>
    /// <param name="value">The kit's value in the printed unit; NaN or infinite when it has none (not reached).</param>
    /// <param name="printed">The printed number.</param>
    /// <param name="minimumDecimals">The fewest decimals the printed number is compared at (0 where trailing zeros are printed).</param>
    public static bool Agrees(double value, PrintedNumber printed, int minimumDecimals = 0)
    {
        ArgumentNullException.ThrowIfNull(printed);
        if (printed.Value is not { } target) return !double.IsFinite(value);
        if (!double.IsFinite(value)) return false;
        var decimals = DecimalsComparedAt(printed, minimumDecimals);
        return printed.Qualifier switch
        {
            "<" => value < target,
            ">" => value > target,
            "≤" => value <= target || PrintedRounding.Agrees(value, target, decimals),
            "≥" => value >= target || PrintedRounding.Agrees(value, target, decimals),
            _ when printed.IsApproximate => WithinRange(value, printed, target),
            _ => PrintedRounding.Agrees(value, target, decimals),
        };
    }

    /// <summary>The decimals a printed number is compared at: its printed decimals, or <paramref name="minimumDecimals"/> when that is more.</summary>
    public static int DecimalsComparedAt(PrintedNumber printed, int minimumDecimals)
    {
        ArgumentNullException.ThrowIfNull(printed);
        return Math.Max(printed.Decimals ?? 0, minimumDecimals);
    }

    private static bool WithinRange(double value, PrintedNumber printed, double target)
    {
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
