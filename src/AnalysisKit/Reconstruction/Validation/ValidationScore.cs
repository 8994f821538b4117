namespace AnalysisKit.Reconstruction;

/// <summary>
/// One summary score of synthetic patients against the true ones, named as in a validation
/// cohort's <c>spread.csv</c> (the same score between two real samples of the cohort's size),
/// so that the two can be set side by side.
/// </summary>
/// <param name="Name">The score's name, for example <c>km_sup_os</c>.</param>
/// <param name="Value">The score; NaN when a Cox fit behind it did not converge.</param>
public sealed record ValidationScore(string Name, double Value);
