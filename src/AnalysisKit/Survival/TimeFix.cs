namespace AnalysisKit.Survival;

/// <summary>
/// Treats follow-up times that differ only by floating-point round-off as tied, as R's
/// <c>survival::aeqSurv</c> does by default (<c>timefix = TRUE</c> in <c>survdiff</c>,
/// <c>coxph</c> and <c>concordance</c>). With y the sorted distinct times and tolerance
/// √(machine ε) ≈ 1.5e-8, consecutive values are merged when yᵢ₊₁ − yᵢ ≤ tolerance or
/// (yᵢ₊₁ − yᵢ) / mean|y| ≤ tolerance; each time is replaced by the smallest value of its run.
/// Times computed as, say, days / 30.4375 then compare equal exactly when R's do.
/// </summary>
internal static class TimeFix
{
    private static readonly double Tolerance = Math.Sqrt(2.220446049250313e-16);

    public static double[] Apply(IReadOnlyList<double> time)
    {
        var distinct = time.Distinct().Order().ToArray();
        var result = time.ToArray();
        if (distinct.Length < 2) return result;
        var meanAbs = distinct.Average(Math.Abs);
        var cuts = new List<double> { distinct[0] };
        var anyTied = false;
        for (var i = 1; i < distinct.Length; i++)
        {
            var gap = distinct[i] - distinct[i - 1];
            if (gap <= Tolerance || gap / meanAbs <= Tolerance) anyTied = true;
            else cuts.Add(distinct[i]);
        }
        if (!anyTied) return result;
        for (var i = 0; i < result.Length; i++)
        {
            var index = cuts.BinarySearch(result[i]);
            if (index < 0) index = ~index - 1; // largest cut not above the time
            result[i] = cuts[index];
        }
        return result;
    }
}
