using AnalysisKit.Consistency;

namespace AnalysisKit.Reproduction;

/// <summary>
/// One printed number of a paper with the kit's own value for it: the entry of the
/// reproduction ledger (the <c>reproduce</c> command's <c>claims[]</c>).
/// </summary>
public sealed record Claim
{
    /// <summary>Claim id <c>trial/table/row_group/row_label/column</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Trial id.</summary>
    public required string Trial { get; init; }
    /// <summary>Where printed: "Table 4", "Abstract", "Results".</summary>
    public required string Source { get; init; }
    /// <summary><c>Abstract</c>, <c>Results</c> or <c>TableN</c>.</summary>
    public required string Table { get; init; }
    /// <summary>Printed row group (<c>All</c> for a subgroup table's whole-cohort row).</summary>
    public required string RowGroup { get; init; }
    /// <summary>Printed row label.</summary>
    public required string RowLabel { get; init; }
    /// <summary>Column name (<c>n</c>, <c>pct</c>, <c>median</c>, <c>s12_lower</c>, <c>p</c>, ...).</summary>
    public required string Column { get; init; }
    /// <summary>Kind of number (<c>count</c>, <c>percentage</c>, <c>median</c>, ...).</summary>
    public required string Kind { get; init; }
    /// <summary>What the number measures, with its unit.</summary>
    public required string Quantity { get; init; }
    /// <summary>The printed text, exactly as in the paper.</summary>
    public required string Published { get; init; }
    /// <summary>
    /// The printed number compared with the kit's number for it (<see cref="PrintedAgreement"/>);
    /// null when no data in the kit recompute it.
    /// </summary>
    public required PrintedComparison? Comparison { get; init; }
    /// <summary>The kit's number in the printed unit (per cent for a percentage), or null when it has none.</summary>
    public double? Reproduced => Comparison?.Reproduced;
    /// <summary>The outcome.</summary>
    public required ClaimStatus Status { get; init; }
    /// <summary>How the number was computed, why it differs, what it contradicts or why it cannot be recomputed.</summary>
    public required string Note { get; init; }
    /// <summary>Line of the source text.</summary>
    public required int SeedLine { get; init; }
    /// <summary>Denominator of a count or percentage, when printed or inferred; otherwise null.</summary>
    public int? Denominator { get; init; }
    /// <summary>True when <see cref="Denominator"/> was inferred rather than printed.</summary>
    public bool DenominatorInferred { get; init; }
    /// <summary>True when <see cref="Reproduced"/> was computed from synthetic (reconstructed) patients.</summary>
    public bool Synthetic { get; init; }
    /// <summary>Claim ids of the printed numbers this one contradicts (for a <c>conflict</c>); empty otherwise.</summary>
    public IReadOnlyList<string> ConflictsWith { get; init; } = [];

    /// <summary>The contract's spelling of <see cref="Status"/>.</summary>
    public string StatusName => ClaimStatuses.NameOf(Status);
}
