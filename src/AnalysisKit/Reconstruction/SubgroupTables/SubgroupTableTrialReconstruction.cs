using System.Globalization;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The reconstruction <see cref="TrialReconstructions"/> chooses for a trial folder with subgroup
/// survival tables: the subgroup-table reconstruction of the tables' patients
/// (<see cref="SubgroupTableReconstruction"/>, with the seed and ordered endpoints of the folder's
/// <see cref="TablePlan"/>), then, when the plan declares patients enrolled outside the tables'
/// population, those patients added so that all the enrolled reproduce the whole-cohort numbers
/// printed about them (<see cref="AddedPatientSearch"/>). Run by
/// <c>analysis-kit reconstruct --trial ID</c>.
/// </summary>
public sealed class SubgroupTableTrialReconstruction : ITrialReconstruction
{
    /// <summary>The seed of the first chain when the folder's plan gives none.</summary>
    public const int DefaultSeed = 20210;

    /// <summary>The seed of the first chain, overriding the plan's; null: the plan's, or <see cref="DefaultSeed"/>.</summary>
    public int? Seed { get; init; }

    /// <inheritdoc/>
    public IReconstructedTrial Run(Trial trial) => Run(trial, null);

    /// <summary>
    /// <see cref="Run(Trial)"/>, reporting the search's stages (see
    /// <see cref="SubgroupTableReconstruction.Run(Trial, TablePlan, IProgress{ReconstructionProgress})"/>)
    /// and the start and end of the added patients' search.
    /// </summary>
    /// <param name="trial">The trial, loaded from its data folder.</param>
    /// <param name="progress">Receives the steps, possibly from several threads; null for none.</param>
    public IReconstructedTrial Run(Trial trial, IProgress<ReconstructionProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var plan = TablePlanJson.ReadOrDefault(trial.Folder);
        var search = new SubgroupTableReconstruction
        {
            Seed = Seed ?? plan.Seed ?? DefaultSeed,
            OrderedEndpoints = plan.OrderedEndpoints ?? [],
        };
        var result = search.Run(trial, plan, progress);
        if (plan.AddedPatients is not { } settings) return new Reconstructed(result, null);
        progress?.Report(new ReconstructionProgress(trial.Id,
            string.Create(CultureInfo.InvariantCulture, $"search done, {result.Fidelity.Cells.Count(c => c.Comparison.Agrees)}/{result.Fidelity.Cells.Count} printed cells reproduced; added patients ({settings.Description}): grid search started"),
            result.Objective));
        var added = AddedPatientSearch.Find(result.Patients, IntentionToTreatTargets.Of(trial, settings.Population));
        progress?.Report(new ReconstructionProgress(trial.Id,
            string.Create(CultureInfo.InvariantCulture, $"added patients: done, {added.Cells.Count(c => c.Comparison.Agrees)}/{added.Cells.Count} {added.Targets.Population}-patient numbers reproduced")));
        return new Reconstructed(result, (added, settings));
    }

    private sealed class Reconstructed(ReconstructionResult result, (AddedPatientsResult Result, AddedPatientsSettings Settings)? added) : IReconstructedTrial
    {
        public string TrialId => result.Trial.Id;

        public IReadOnlyList<FidelityRow> Fidelity { get; } =
            result.Fidelity.Cells.Select(c => Row(result.Trial.Id, c))
                .Concat(added?.Result.Cells.Select(c => IntentionToTreatRow(result.Trial.Id, c, result.Patients.Count)) ?? [])
                .ToList();

        public string Summary =>
            $"{TrialId}: {result.Patients.Count} synthetic patients; " +
            string.Join(", ", result.Fidelity.Summary.Select(s => $"{s.Kind} {s.Reproduced}/{s.Total}")) + " reproduced" +
            (added is { } a
                ? string.Create(CultureInfo.InvariantCulture,
                    $"; {a.Result.Patients.Count} patients added ({a.Settings.Description}): {a.Result.Cells.Count(c => c.Comparison.Agrees)}/{a.Result.Cells.Count} {a.Result.Targets.Population}-patient numbers reproduced.")
                : ".");

        /// <summary>Writes ipd.csv, the added patients' file when there are any, and reconstruction.json; the README's "Synthetic patients" section states the same fidelity table.</summary>
        public void WriteTo(string trialFolder) => SubgroupTableReconstruction.Write(result, trialFolder, added);

        private static FidelityRow Row(string trialId, FidelityCell cell) => FidelityRow.Of(
            ClaimId.Of(trialId, cell.Table, cell.RowGroup, cell.RowLabel, cell.Column), cell.Kind, cell.Comparison,
            "the kit's Kaplan–Meier (log CI), log-rank and counts on the synthetic patients", cell.Comparison.Reason);

        private static FidelityRow IntentionToTreatRow(string trialId, FidelityCell cell, int tablePatients) => FidelityRow.Of(
            ClaimId.Of(trialId, cell.Table, cell.RowGroup, cell.RowLabel, cell.Column), cell.Kind, cell.Comparison,
            string.Create(CultureInfo.InvariantCulture, $"the kit's Kaplan–Meier (log CI) on the {tablePatients} synthetic patients of the tables plus those added"), cell.Comparison.Reason);
    }
}
