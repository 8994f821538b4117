namespace AnalysisKit.Consistency;

/// <summary>
/// Which Kaplan–Meier survival values a group of n patients can produce. Every KM estimate is
/// a product Π(1 − dᵢ/rᵢ) over event times, where rᵢ, the number at risk, falls from n by the
/// earlier events and censorings (rᵢ₊₁ ≤ rᵢ − dᵢ) and 1 ≤ dᵢ ≤ rᵢ. A printed landmark rate or
/// median level that no such product reaches at the printed rounding cannot come from n patients.
/// The smallest non-zero value is 1/n (the factors telescope), so small rates are checked fast.
/// </summary>
public static class KaplanMeierAttainability
{
    /// <summary>
    /// A product of the KM form for <paramref name="n"/> patients that agrees with
    /// <paramref name="printed"/> at <paramref name="decimals"/> decimals, or null when there is none.
    /// </summary>
    /// <param name="n">Group size (1 to 500).</param>
    /// <param name="printed">The printed survival proportion, 0 to 1.</param>
    /// <param name="decimals">Decimals printed.</param>
    /// <param name="withoutCensoring">When true, only curves without censoring are allowed (then the value is j/n).</param>
    /// <returns>The steps (at risk, events) of one curve that reaches the value, or null.</returns>
    public static IReadOnlyList<(int AtRisk, int Events)>? Witness(int n, double printed, int decimals, bool withoutCensoring = false)
    {
        if (n < 1 || n > 500)
            throw new ArgumentException($"The group size must be between 1 and 500 patients; {n} was given.", nameof(n));
        if (!(printed >= 0 && printed <= 1))
            throw new ArgumentException($"A survival proportion lies between 0 and 1; {printed} was given.", nameof(printed));
        var half = PrintedRounding.HalfUnit(decimals);
        var low = printed - half;
        var high = printed + half;
        var steps = new List<(int, int)>();
        var dead = new HashSet<(int, long)>();
        return Search(n, 1.0) ? steps : null;

        bool Search(int atRisk, double survival)
        {
            if (survival <= high && survival >= low) return true;
            if (survival < low || atRisk == 0) return false;
            if (low <= 0)
            {
                steps.Add((atRisk, atRisk));
                return true;
            }
            // Every later non-zero value is at least survival / atRisk: the factors (r - d) / r
            // telescope because the next number at risk is at most r - d.
            if (high < survival / atRisk) return false;
            var key = (atRisk, (long)Math.Round(survival * 1e12));
            if (dead.Contains(key)) return false;
            var smallestRisk = withoutCensoring ? atRisk : 1;
            for (var r = atRisk; r >= smallestRisk; r--)
            {
                for (var d = 1; d <= r; d++)
                {
                    var next = survival * (1 - (double)d / r);
                    if (next < low) break;
                    steps.Add((r, d));
                    if (Search(r - d, next)) return true;
                    steps.RemoveAt(steps.Count - 1);
                }
            }
            dead.Add(key);
            return false;
        }
    }

    /// <summary>True when some KM curve of <paramref name="n"/> patients reaches the printed value at the printed rounding.</summary>
    public static bool IsAttainable(int n, double printed, int decimals, bool withoutCensoring = false) =>
        Witness(n, printed, decimals, withoutCensoring) is not null;
}
