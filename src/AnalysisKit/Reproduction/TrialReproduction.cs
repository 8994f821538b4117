using AnalysisKit.Consistency;

namespace AnalysisKit.Reproduction;

/// <summary>The ledger of one trial: every printed number as a claim, the consistency findings and the summary.</summary>
public sealed record TrialReproduction
{
    /// <summary>Trial id.</summary>
    public required string Trial { get; init; }
    /// <summary>Title of the paper.</summary>
    public required string Title { get; init; }
    /// <summary>Citation in one line (journal, year).</summary>
    public required string Citation { get; init; }
    /// <summary>Claims in the order the loaders return the published values.</summary>
    public required IReadOnlyList<Claim> Claims { get; init; }
    /// <summary>Consistency findings over the published numbers.</summary>
    public required IReadOnlyList<ConsistencyFinding> Findings { get; init; }
    /// <summary>Counts by status.</summary>
    public required ReproductionSummary Summary { get; init; }
    /// <summary>The patient-level data file used, or null when the trial has none.</summary>
    public string? PatientDataFile { get; init; }
    /// <summary>True when the patient-level data are synthetic (reconstructed), so every number computed from them is too.</summary>
    public bool SyntheticData { get; init; }
}
