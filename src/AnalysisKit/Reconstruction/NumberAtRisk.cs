namespace AnalysisKit.Reconstruction;

/// <summary>One column of a published number-at-risk table: the count still at risk at a time.</summary>
/// <param name="Time">The time printed above the count.</param>
/// <param name="AtRisk">The number of patients printed as at risk at that time.</param>
public sealed record NumberAtRisk(double Time, int AtRisk);
