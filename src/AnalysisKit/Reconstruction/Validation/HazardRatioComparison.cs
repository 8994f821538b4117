namespace AnalysisKit.Reconstruction;

/// <summary>
/// One Cox coefficient fitted on the true and on the synthetic patients. A log hazard ratio is
/// NaN when its fit did not converge (R warns that the coefficient may be infinite, or that the
/// iterations ran out), and the difference is then NaN too.
/// </summary>
/// <param name="Endpoint">The endpoint of the model.</param>
/// <param name="Variable">The baseline variable of a univariable model; null for the multivariable model.</param>
/// <param name="Term">The coefficient, <c>variable=level</c> against the variable's first level in the kit's level order.</param>
/// <param name="TrueLogHazardRatio">β on the true patients.</param>
/// <param name="SyntheticLogHazardRatio">β on the synthetic patients.</param>
/// <param name="AbsoluteDifference">|β_true − β_synthetic|.</param>
public sealed record HazardRatioComparison(
    string Endpoint,
    string? Variable,
    string Term,
    double TrueLogHazardRatio,
    double SyntheticLogHazardRatio,
    double AbsoluteDifference);
