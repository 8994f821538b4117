using AnalysisKit.Reconstruction.SparseSummaries;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// Chooses a trial's reconstruction by what its folder holds: a sparse-summary plan
/// (<c>reconstruction-plan.json</c>) → <see cref="SparseSummaryReconstruction"/>; printed
/// subgroup survival tables (files of layout <c>subgroup_survival</c> in <c>trial.json</c>) →
/// the subgroup-table reconstruction (<see cref="SubgroupTableTrialReconstruction"/>); neither → none.
/// </summary>
public static class TrialReconstructions
{
    /// <summary>The reconstruction of the trial in <paramref name="trialFolder"/>, or null when its folder holds nothing to rebuild patients from.</summary>
    public static ITrialReconstruction? For(string trialFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(trialFolder);
        if (SparseSummaryReconstruction.HasPlan(trialFolder)) return new SparseSummaryReconstruction();
        var metadata = TrialJson.Read(Path.Combine(trialFolder, TrialJson.FileName));
        return metadata.Files.Any(f => f.LayoutKind == TrialFileLayout.SubgroupSurvival) ? new SubgroupTableTrialReconstruction() : null;
    }

    /// <summary>The ids of the catalogue's trials that have a reconstruction, in ordinal order.</summary>
    public static IReadOnlyList<string> IdsIn(TrialCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Ids.Where(id => For(catalog.FolderOf(id)) is not null).ToList();
    }
}
