using System.Globalization;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// kaseb2021, chosen by <see cref="TrialReconstructions"/> for a trial folder with subgroup survival tables: the subgroup-table
/// reconstruction of the 34 treated patients (<see cref="SubgroupTableReconstruction"/>, default
/// settings), then the 4 sorafenib-only patients added to them so that all 38 reproduce the
/// intention-to-treat numbers (<see cref="SorafenibOnlyPatients"/>), run by
/// <c>analysis-kit reconstruct --trial kaseb2021</c>.
/// </summary>
public sealed class Kaseb2021Reconstruction : ITrialReconstruction
{
    /// <summary>Patients enrolled (the intention-to-treat population the paper prints PFS and OS for).</summary>
    public const int Enrolled = 38;

    /// <inheritdoc/>
    public IReconstructedTrial Run(Trial trial) => Run(trial, null);

    /// <summary>
    /// <see cref="Run(Trial)"/>, reporting the search's stages (see
    /// <see cref="SubgroupTableReconstruction.Run(Trial, IProgress{ReconstructionProgress})"/>)
    /// and the start and end of the sorafenib-only search.
    /// </summary>
    /// <param name="trial">The trial, loaded from its data folder.</param>
    /// <param name="progress">Receives the steps, possibly from several threads; null for none.</param>
    public IReconstructedTrial Run(Trial trial, IProgress<ReconstructionProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var treated = new SubgroupTableReconstruction().Run(trial, progress);
        progress?.Report(new ReconstructionProgress(trial.Id,
            string.Create(CultureInfo.InvariantCulture, $"search done, {treated.Fidelity.Cells.Count(c => c.Agrees)}/{treated.Fidelity.Cells.Count} printed cells reproduced; sorafenib-only patients: grid search started"),
            treated.Objective));
        var sorafenibOnly = SorafenibOnlyPatients.Find(treated.Patients, IntentionToTreatTargets.Of(trial, Enrolled));
        progress?.Report(new ReconstructionProgress(trial.Id,
            string.Create(CultureInfo.InvariantCulture, $"sorafenib-only patients: done, {sorafenibOnly.Cells.Count(c => c.Agrees)}/{sorafenibOnly.Cells.Count} {sorafenibOnly.Targets.Population}-patient numbers reproduced")));
        return new Reconstructed(treated, sorafenibOnly);
    }

    private sealed class Reconstructed(ReconstructionResult result, SorafenibOnlyResult sorafenibOnly) : IReconstructedTrial
    {
        public string TrialId => result.Trial.Id;

        public IReadOnlyList<FidelityRow> Fidelity { get; } =
            result.Fidelity.Cells.Select(Row).Concat(sorafenibOnly.Cells.Select(IntentionToTreatRow)).ToList();

        public string Summary =>
            $"{TrialId}: {result.Patients.Count} synthetic patients; " +
            string.Join(", ", result.Fidelity.Summary.Select(s => $"{s.Kind} {s.Reproduced}/{s.Total}")) + " reproduced; " +
            string.Create(CultureInfo.InvariantCulture,
                $"{sorafenibOnly.Patients.Count} sorafenib-only patients added: {sorafenibOnly.Cells.Count(c => c.Agrees)}/{sorafenibOnly.Cells.Count} {sorafenibOnly.Targets.Population}-patient numbers reproduced.");

        /// <summary>Writes ipd.csv, ipd_sorafenib_only.csv and reconstruction.json; the README's "Synthetic patients" section states the same fidelity table.</summary>
        public void WriteTo(string trialFolder) => SubgroupTableReconstruction.Write(result, trialFolder, sorafenibOnly);

        private static FidelityRow Row(FidelityCell cell) => new(
            ClaimId.Of("kaseb2021", cell.Table, cell.RowGroup, cell.RowLabel, cell.Column),
            cell.Kind, cell.Published, double.IsNaN(cell.Reproduced) ? null : cell.Reproduced,
            cell.Agrees ? FidelityStatus.Reproduced : FidelityStatus.Differs,
            "the kit's Kaplan–Meier (log CI), log-rank and counts on the synthetic patients", cell.Reason);

        private static FidelityRow IntentionToTreatRow(IntentionToTreatCell cell) => new(
            cell.Printed.Id, cell.Printed.Column == "events" ? FidelityCellKinds.Events : FidelityCellKinds.OfColumn(cell.Printed.Column),
            cell.Printed.Text, double.IsNaN(cell.Reproduced) ? null : cell.Reproduced,
            cell.Agrees ? FidelityStatus.Reproduced : FidelityStatus.Differs,
            "the kit's Kaplan–Meier (log CI) on the 34 treated plus 4 sorafenib-only synthetic patients", cell.Reason);
    }
}
