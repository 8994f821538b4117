namespace AnalysisKit.Comparison;

/// <summary>One printed characteristic of a trial's population, as the paper prints it.</summary>
/// <param name="Trial">Trial id.</param>
/// <param name="Characteristic">What is described, e.g. <c>BCLC stage C</c>.</param>
/// <param name="Printed">The printed text (a count or a percentage).</param>
/// <param name="Claim">The claim id of the printed number.</param>
/// <param name="Note">Denominator, doubts and contradictions.</param>
public sealed record PopulationFigure(string Trial, string Characteristic, string Printed, string Claim, string Note);
