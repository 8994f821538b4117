using AnalysisKit.Survival;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The arithmetic of <see cref="SubgroupStatistics.LogRankP"/> (R's <c>survdiff</c>, rho = 0)
/// for the search loop, on patients already in time order and groups coded 0 … k − 1: at each
/// event time with d deaths among r at risk, O_j += d_j, E_j += d·r_j/r and
/// V_ab += d·r_a(r − d)/(r(r − 1))·(δ_ab − r_b/r); χ² = (O − E)ᵀV⁻¹(O − E) over the groups with
/// E &gt; 0 less the first, p = P(χ²(df) ≥ χ²). The fidelity table is always computed by the
/// kit's general code.
/// </summary>
internal static class FastLogRank
{
    private const int MaxGroups = 8;
    [ThreadStatic] private static double[]? _observed, _expected, _risk, _matrix, _vector;
    [ThreadStatic] private static int[]? _used;

    /// <summary>
    /// The p value; 1 when the statistic has no degrees of freedom and NaN when fewer than two
    /// groups hold patients (as <see cref="SubgroupStatistics.LogRankP"/>).
    /// </summary>
    /// <param name="order">Patient indices sorted by time.</param>
    /// <param name="time">Time of every patient.</param>
    /// <param name="died">Event indicator of every patient.</param>
    /// <param name="group">Group code of every patient, 0 to <paramref name="groups"/> − 1.</param>
    /// <param name="groups">Number of group codes (at most 8).</param>
    public static double P(int[] order, double[] time, bool[] died, int[] group, int groups)
    {
        var observed = _observed ??= new double[MaxGroups];
        var expected = _expected ??= new double[MaxGroups];
        var risk = _risk ??= new double[MaxGroups];
        var v = _matrix ??= new double[MaxGroups * MaxGroups];
        var used = _used ??= new int[MaxGroups];
        Array.Clear(observed); Array.Clear(expected); Array.Clear(risk); Array.Clear(v);
        var n = order.Length;
        var present = 0;
        for (var i = 0; i < n; i++) risk[group[order[i]]] += 1;
        for (var g = 0; g < groups; g++) if (risk[g] > 0) present++;
        if (present < 2) return double.NaN;
        Array.Clear(risk);

        for (var i = n - 1; i >= 0;)
        {
            var t = time[order[i]];
            var deaths = 0.0;
            var j = i;
            for (; j >= 0 && time[order[j]] == t; j--)
            {
                var p = order[j];
                risk[group[p]] += 1;
                if (died[p]) { deaths++; observed[group[p]] += 1; }
            }
            i = j;
            var atRisk = (double)(n - (j + 1));
            if (deaths == 0) continue;
            for (var g = 0; g < groups; g++) expected[g] += deaths * risk[g] / atRisk;
            if (atRisk == 1) continue;
            for (var a = 0; a < groups; a++)
            {
                var tmp = deaths * risk[a] * (atRisk - deaths) / (atRisk * (atRisk - 1));
                v[a * MaxGroups + a] += tmp;
                for (var b = 0; b < groups; b++) v[a * MaxGroups + b] -= tmp * risk[b] / atRisk;
            }
        }

        var k = 0;
        for (var g = 0; g < groups; g++) if (expected[g] > 0) used[k++] = g;
        if (k < 2) return 1;
        var m = k - 1;
        var a2 = _vector ??= new double[MaxGroups * (MaxGroups + 1)];
        // Augmented system [V | O − E] over the kept groups (the first used group dropped).
        for (var r = 0; r < m; r++)
        {
            for (var c = 0; c < m; c++) a2[r * (MaxGroups + 1) + c] = v[used[r + 1] * MaxGroups + used[c + 1]];
            a2[r * (MaxGroups + 1) + m] = observed[used[r + 1]] - expected[used[r + 1]];
        }
        var chi = Solve(a2, m);
        return double.IsNaN(chi) ? 1 : TailProbability.ChiSquareUpper(chi, m);
    }

    /// <summary>dᵀV⁻¹d by Gaussian elimination with partial pivoting on the augmented m × (m + 1) system; NaN when V is singular.</summary>
    private static double Solve(double[] a, int m)
    {
        const int stride = MaxGroups + 1;
        Span<double> d = stackalloc double[MaxGroups];
        for (var r = 0; r < m; r++) d[r] = a[r * stride + m];
        for (var col = 0; col < m; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < m; r++)
                if (Math.Abs(a[r * stride + col]) > Math.Abs(a[pivot * stride + col])) pivot = r;
            if (Math.Abs(a[pivot * stride + col]) < 1e-12) return double.NaN;
            if (pivot != col)
                for (var c = 0; c <= m; c++) (a[col * stride + c], a[pivot * stride + c]) = (a[pivot * stride + c], a[col * stride + c]);
            for (var r = col + 1; r < m; r++)
            {
                var f = a[r * stride + col] / a[col * stride + col];
                for (var c = col; c <= m; c++) a[r * stride + c] -= f * a[col * stride + c];
            }
        }
        Span<double> x = stackalloc double[MaxGroups];
        for (var r = m - 1; r >= 0; r--)
        {
            var s = a[r * stride + m];
            for (var c = r + 1; c < m; c++) s -= a[r * stride + c] * x[c];
            x[r] = s / a[r * stride + r];
        }
        var chi = 0.0;
        for (var r = 0; r < m; r++) chi += x[r] * d[r];
        return chi;
    }
}
