namespace AnalysisKit.Survival;

/// <summary>
/// The result of <see cref="LogRankTest"/>: the G-rho test of equal survival in k
/// groups, with the fields R's <c>survdiff</c> prints.
/// </summary>
/// <param name="Rho">The G-rho weight exponent: 0 = log-rank, 1 = Peto &amp; Peto.</param>
/// <param name="ChiSquare">
/// χ² = (O − E)ᵀ V⁻¹ (O − E), using the groups with expected &gt; 0 and dropping the first of them
/// (V is then invertible); 0 when fewer than two groups have expected events, as <c>survdiff</c>.
/// </param>
/// <param name="DegreesOfFreedom">Number of groups with expected &gt; 0, minus one.</param>
/// <param name="P">Upper-tail χ² probability; NaN when there are no degrees of freedom (R reports 0 there).</param>
/// <param name="Groups">Per-group N, observed and expected, in <see cref="Data.LevelOrder"/> order.</param>
/// <param name="Variance">
/// The k × k variance matrix of O − E (R's <c>survdiff$var</c>), summed over strata, rows and
/// columns in the order of <paramref name="Groups"/>.
/// </param>
/// <param name="StrataCount">Number of strata (1 when the test is not stratified).</param>
public sealed partial record LogRankResult(
    double Rho,
    double ChiSquare,
    int DegreesOfFreedom,
    double P,
    IReadOnlyList<LogRankGroup> Groups,
    double[,] Variance,
    int StrataCount);
