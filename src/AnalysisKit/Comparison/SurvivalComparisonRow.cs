using AnalysisKit.Survival;

namespace AnalysisKit.Comparison;

/// <summary>
/// One trial's Kaplan–Meier summary in a cross-trial comparison: median with its CI, survival
/// at the landmark times with CIs, and the restricted mean survival time up to the common
/// horizon with its CI (rmean ± z·se(rmean), as <c>print(survfit, rmean = tau)</c>).
/// </summary>
/// <param name="Cohort">The cohort summarised.</param>
/// <param name="Curve">Its Kaplan–Meier fit (R defaults: Greenwood, log CI, 95%).</param>
/// <param name="Landmarks">Survival at each landmark time (carried forward as <c>summary(fit, times=)</c>; null beyond the last observation).</param>
/// <param name="RestrictedMean">RMST up to the common horizon.</param>
/// <param name="RestrictedMeanLower">Lower confidence limit of the RMST.</param>
/// <param name="RestrictedMeanUpper">Upper confidence limit of the RMST.</param>
public sealed record SurvivalComparisonRow(
    SurvivalCohort Cohort, KaplanMeierCurve Curve, IReadOnlyList<SurvivalAtTime?> Landmarks,
    RestrictedMeanSurvival RestrictedMean, double RestrictedMeanLower, double RestrictedMeanUpper);
