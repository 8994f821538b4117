namespace AnalysisKit.Survival;

/// <summary>One group's line of a log-rank test (R's <c>survdiff</c> N, Observed, Expected).</summary>
/// <param name="Group">The group's value as text.</param>
/// <param name="N">Number of subjects in the group.</param>
/// <param name="Observed">
/// Observed events, summed over strata. For rho ≠ 0 each event is weighted by S(t-)^rho, as
/// <c>survdiff</c> reports <c>obs</c>; for rho = 0 this is the plain count.
/// </param>
/// <param name="Expected">Expected events under the null hypothesis, summed over strata, with the same weights.</param>
public sealed record LogRankGroup(string Group, int N, double Observed, double Expected);
