namespace AnalysisKit.Survival;

/// <summary>
/// Merges follow-up times that are equal up to floating-point round-off, as R's
/// <c>aeqSurv</c> (called by <c>survfit</c>, <c>survdiff</c>, <c>coxph</c> and
/// <c>concordance</c> when <c>timefix = TRUE</c>, the default). Without it,
/// 0.1 + 0.2 and 0.3 would be two event times one 5.6e-17 apart.
/// </summary>
public static class RoundOffTies
{
    /// <summary>R's default tolerance, <c>sqrt(.Machine$double.eps)</c> ≈ 1.49e-8.</summary>
    public static readonly double Tolerance = Math.Sqrt(Math.Pow(2, -52));

    /// <summary>
    /// The times with near-equal values replaced by one representative, exactly as
    /// <c>aeqSurv</c>: the distinct values y₁ &lt; … &lt; yₘ are scanned in order and yᵢ₊₁ is
    /// tied to yᵢ when yᵢ₊₁ − yᵢ ≤ tol or (yᵢ₊₁ − yᵢ)/mean|y| ≤ tol; each time is then replaced
    /// by the smallest value of its run of tied values.
    /// </summary>
    public static double[] Merge(IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var distinct = times.Where(double.IsFinite).Distinct().Order().ToArray();
        var result = times.ToArray();
        if (distinct.Length < 2) return result;
        var meanAbs = distinct.Average(Math.Abs);
        var cuts = new List<double> { distinct[0] };
        for (var i = 1; i < distinct.Length; i++)
        {
            var gap = distinct[i] - distinct[i - 1];
            var tied = gap <= Tolerance || gap / meanAbs <= Tolerance;
            if (!tied) cuts.Add(distinct[i]);
        }
        if (cuts.Count == distinct.Length) return result;
        for (var i = 0; i < result.Length; i++)
        {
            if (!double.IsFinite(result[i])) continue;
            // largest cut that is <= the time (R's findInterval)
            var at = cuts.BinarySearch(result[i]);
            if (at < 0) at = ~at - 1;
            result[i] = cuts[at];
        }
        return result;
    }
}
