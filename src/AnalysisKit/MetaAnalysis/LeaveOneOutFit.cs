namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// The model refitted without one study, a row of metafor's <c>leave1out(fit)</c>.
/// </summary>
/// <param name="OmittedStudy">The study left out.</param>
/// <param name="Model">The fit to the other studies with the same estimator and test; null when that fit fails (metafor prints NA). With two studies the remaining single study gives its own estimate with a z test.</param>
public sealed record LeaveOneOutFit(string OmittedStudy, RandomEffectsFit? Model);
