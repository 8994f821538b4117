using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// kaseb2021 in the registry of <see cref="TrialReconstructions"/>: the subgroup-table
/// reconstruction (<see cref="SubgroupTableReconstruction"/>, default settings) run by
/// <c>analysis-kit reconstruct --trial kaseb2021</c>.
/// </summary>
public sealed class Kaseb2021Reconstruction : ITrialReconstruction
{
    /// <inheritdoc/>
    public string TrialId => "kaseb2021";

    /// <inheritdoc/>
    public IReconstructedTrial Run(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return new Reconstructed(new SubgroupTableReconstruction().Run(trial));
    }

    private sealed class Reconstructed(ReconstructionResult result) : IReconstructedTrial
    {
        public string TrialId => result.Trial.Id;

        public IReadOnlyList<FidelityRow> Fidelity { get; } = result.Fidelity.Cells.Select(Row).ToList();

        public string Summary =>
            $"{TrialId}: {result.Patients.Count} synthetic patients; " +
            string.Join(", ", result.Fidelity.Summary.Select(s => $"{s.Kind} {s.Reproduced}/{s.Total}")) + " reproduced.";

        /// <summary>Writes ipd.csv and reconstruction.json; the README's "Synthetic patients" section states the same fidelity table.</summary>
        public void WriteTo(string trialFolder) => SubgroupTableReconstruction.Write(result, trialFolder);

        private static FidelityRow Row(FidelityCell cell) => new(
            ClaimId.Of("kaseb2021", cell.Table, cell.RowGroup, cell.RowLabel, cell.Column),
            cell.Kind, cell.Published, double.IsNaN(cell.Reproduced) ? null : cell.Reproduced,
            cell.Agrees ? FidelityStatus.Reproduced : FidelityStatus.Differs,
            "the kit's Kaplan–Meier (log CI), log-rank and counts on the synthetic patients", cell.Reason);
    }
}
