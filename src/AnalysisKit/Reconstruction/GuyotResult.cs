namespace AnalysisKit.Reconstruction;

/// <summary>The synthetic patients rebuilt from a digitised curve, and how well the fit went.</summary>
/// <param name="Patients">One entry per synthetic patient, in time order of the digitised points.</param>
/// <param name="AtRisk">The number-at-risk table the reconstruction was asked to match.</param>
/// <param name="Converged">
/// True when the reconstructed numbers at risk (and the total events, when given) were matched
/// exactly; false when the curve and the table could not be reconciled, in which case the
/// nearest reconstruction is returned.
/// </param>
public sealed record GuyotResult(IReadOnlyList<PseudoPatient> Patients, IReadOnlyList<NumberAtRisk> AtRisk, bool Converged)
{
    /// <summary>The number of reconstructed events.</summary>
    public int Events => Patients.Count(p => p.Event);
}
