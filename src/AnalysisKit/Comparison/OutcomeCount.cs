namespace AnalysisKit.Comparison;

/// <summary>
/// One trial's count for a binary outcome that can be compared across trials (objective
/// response, disease control, curative conversion), with where it comes from and what makes it
/// unequal to the others.
/// </summary>
/// <param name="Outcome">Outcome name, e.g. <c>objective_response</c>.</param>
/// <param name="Trial">Trial id.</param>
/// <param name="Events">Patients with the outcome.</param>
/// <param name="Patients">The denominator.</param>
/// <param name="Derivation">How <paramref name="Events"/> follows from the printed claims.</param>
/// <param name="Claims">The claim ids the count is derived from.</param>
/// <param name="DenominatorSource">Where the denominator comes from (printed or inferred, and how).</param>
/// <param name="Criteria">Response criteria as the paper states them.</param>
/// <param name="Assessment">When the outcome was assessed.</param>
/// <param name="Note">What makes this figure unequal to the other trials'.</param>
public sealed record OutcomeCount(
    string Outcome, string Trial, int Events, int Patients, OutcomeDerivation Derivation,
    IReadOnlyList<string> Claims, string DenominatorSource, string Criteria, string Assessment, string Note);
