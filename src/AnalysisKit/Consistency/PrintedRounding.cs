namespace AnalysisKit.Consistency;

/// <summary>
/// Agreement "at the printed rounding": a number agrees with a printed number of d decimals
/// when the printed number is a correct rounding of it, whichever tie rule the authors'
/// software used (R and SAS round halves differently): |value − printed| ≤ ½·10^−d. This is
/// the last step of the kit's one agreement rule, <see cref="PrintedAgreement.Agrees"/>, which
/// every comparison of a printed number goes through; the arithmetic checks that search many
/// candidate values against a plain printed number (no "NA", comparison sign or approximation
/// word) call it directly.
/// </summary>
public static class PrintedRounding
{
    /// <summary>Half a unit in the last printed place, with room for binary round-off.</summary>
    public static double HalfUnit(int decimals)
    {
        if (decimals < 0 || decimals > 15)
            throw new ArgumentException($"A printed number has between 0 and 15 decimals; {decimals} was given.", nameof(decimals));
        return 0.5 * Math.Pow(10, -decimals) * (1 + 1e-9);
    }

    /// <summary>
    /// How far a value may lie from <paramref name="printed"/>, printed with
    /// <paramref name="decimals"/> decimals, and still agree with it: <see cref="HalfUnit"/> plus
    /// 10^−12·|printed|.
    /// </summary>
    public static double Tolerance(double printed, int decimals) => HalfUnit(decimals) + 1e-12 * Math.Abs(printed);

    /// <summary>True when <paramref name="printed"/>, with <paramref name="decimals"/> decimals, is a correct rounding of <paramref name="value"/>.</summary>
    public static bool Agrees(double value, double printed, int decimals) =>
        double.IsFinite(value) && double.IsFinite(printed) && Within(value, printed, Tolerance(printed, decimals));

    /// <summary>
    /// <see cref="Agrees"/> with the <see cref="Tolerance"/> of a finite printed number computed
    /// once, for searches that compare many values with the same printed number.
    /// </summary>
    public static bool Within(double value, double printed, double tolerance) =>
        double.IsFinite(value) && Math.Abs(value - printed) <= tolerance;
}
