using AnalysisKit.Reconstruction.SparseSummaries;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The registry of trial reconstructions: trial id → the reconstruction that builds its synthetic
/// patients. Trials published only as abstracts are rebuilt from their sparse summaries
/// (<c>SparseSummaries/</c>); trials with printed subgroup tables are rebuilt from those tables
/// (<c>SubgroupTables/</c>).
/// </summary>
public static class TrialReconstructions
{
    /// <summary>Every registered reconstruction, in ordinal order of trial id.</summary>
    public static IReadOnlyList<ITrialReconstruction> All { get; } =
        new ITrialReconstruction[]
        {
            // Sparse summaries (abstract only).
            new Chen2014Reconstruction(),
            new Chow2014Reconstruction(),
            new Kim2020Reconstruction(),
            new Park2012Reconstruction(),
            // Subgroup tables (full text).
            new Kaseb2021Reconstruction(),
        }.OrderBy(r => r.TrialId, StringComparer.Ordinal).ToArray();

    /// <summary>The trial ids that have a reconstruction, in ordinal order.</summary>
    public static IReadOnlyList<string> Ids { get; } = All.Select(r => r.TrialId).ToArray();

    /// <summary>The reconstruction of a trial, or null when the trial has none (yet).</summary>
    public static ITrialReconstruction? Find(string trialId) =>
        All.FirstOrDefault(r => string.Equals(r.TrialId, trialId, StringComparison.Ordinal));
}
