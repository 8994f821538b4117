using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// One printed number compared with the kit's own value for it, by the one agreement rule
/// (<see cref="PrintedAgreement.Agrees"/>). The reproduction ledger's claims and the
/// reconstructions' fidelity tables each hold one per number they compare.
/// </summary>
/// <param name="Printed">The printed number: its text, the value it states and its printed decimals.</param>
/// <param name="Value">The kit's value in the printed unit; NaN when it has none (a median or limit not reached).</param>
/// <param name="Decimals">The decimals the comparison was made at (<see cref="PrintedAgreement.DecimalsComparedAt"/>).</param>
/// <param name="Agrees">Whether <paramref name="Value"/> agrees with <paramref name="Printed"/>.</param>
public sealed record PrintedComparison(PrintedNumber Printed, double Value, int Decimals, bool Agrees)
{
    /// <summary>Why the numbers disagree, when that is known; empty otherwise.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The kit's value, or null when it has none (not reached).</summary>
    public double? Reproduced => double.IsFinite(Value) ? Value : null;

    /// <summary>Compares the kit's <paramref name="value"/> with <paramref name="printed"/>.</summary>
    /// <param name="printed">The printed number.</param>
    /// <param name="value">The kit's value in the printed unit; NaN when it has none.</param>
    /// <param name="minimumDecimals">The fewest decimals the printed number is compared at (a table that drops trailing zeros: <see cref="SubgroupSurvivalTable.MinimumDecimals"/>).</param>
    public static PrintedComparison Of(PrintedNumber printed, double value, int minimumDecimals = 0)
    {
        ArgumentNullException.ThrowIfNull(printed);
        return new PrintedComparison(printed, value, PrintedAgreement.DecimalsComparedAt(printed, minimumDecimals),
            PrintedAgreement.Agrees(value, printed, minimumDecimals));
    }
}
