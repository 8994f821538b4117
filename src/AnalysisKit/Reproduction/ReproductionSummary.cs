namespace AnalysisKit.Reproduction;

/// <summary>How many claims of a trial ended in each status.</summary>
/// <param name="Claims">All claims.</param>
/// <param name="Reproduced">Claims reproduced at the printed rounding.</param>
/// <param name="Differs">Claims the kit computes differently.</param>
/// <param name="NotReproducible">Claims no data in the kit can recompute.</param>
/// <param name="Conflict">Claims contradicting another printed number.</param>
public sealed record ReproductionSummary(int Claims, int Reproduced, int Differs, int NotReproducible, int Conflict)
{
    /// <summary>Counts the statuses of <paramref name="claims"/>.</summary>
    public static ReproductionSummary Of(IReadOnlyCollection<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return new ReproductionSummary(
            claims.Count,
            claims.Count(c => c.Status == ClaimStatus.Reproduced),
            claims.Count(c => c.Status == ClaimStatus.Differs),
            claims.Count(c => c.Status == ClaimStatus.NotReproducible),
            claims.Count(c => c.Status == ClaimStatus.Conflict));
    }

    /// <summary>The counts in words: <c>N printed numbers (a reproduced, b differ, c in conflict, d not reproducible)</c>.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Claims} printed numbers ({Reproduced} reproduced, {Differs} differ, {Conflict} in conflict, {NotReproducible} not reproducible)");
}
