using AnalysisKit.Data;
using MathNet.Numerics.LinearAlgebra;

namespace AnalysisKit.Survival;

/// <summary>
/// The G-rho family of k-sample tests of Harrington and Fleming, computed exactly as R's
/// <c>survival::survdiff</c> (C routine <c>survdiff2</c>). At each distinct event time t in
/// a stratum, with d deaths among n at risk (n_j in group j) and weight w = S(t−)^rho, where
/// S(t−) is the left-continuous Kaplan–Meier estimate of the pooled sample of that stratum:
/// <list type="bullet">
/// <item>O_j += w · d_j, E_j += w · d · n_j / n;</item>
/// <item>V_jk += w² · d (n − d) / (n (n − 1)) · n_j (δ_jk − n_k / n) (skipped when n = 1).</item>
/// </list>
/// A stratified test sums O, E and V over strata. Times equal up to round-off are tied, as
/// R's <c>timefix = TRUE</c> (<see cref="RoundOffTies"/>). rho = 0 is the log-rank test, rho = 1 the
/// Peto &amp; Peto modification of the Gehan–Wilcoxon test.
/// </summary>
public static class LogRankTest
{
    /// <summary>Compares survival between the groups, optionally within strata.</summary>
    /// <param name="time">Follow-up time of each subject (0 or more).</param>
    /// <param name="status">True when the subject's follow-up ended with the event, false when censored.</param>
    /// <param name="group">Group of each subject; groups are listed in <see cref="LevelOrder.Levels"/> order.</param>
    /// <param name="strata">Optional stratum of each subject (R's <c>strata()</c> term); null for an unstratified test.</param>
    /// <param name="rho">Weight exponent: 0 (default) log-rank, 1 Peto &amp; Peto; R's <c>rho</c> argument.</param>
    /// <exception cref="ArgumentException">Inputs of different lengths, negative times, empty labels, fewer than two groups, or a negative or non-finite rho.</exception>
    public static LogRankResult Compute(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> status,
        IReadOnlyList<string> group,
        IReadOnlyList<string>? strata = null,
        double rho = 0)
    {
        SurvivalArguments.CheckTimesAndEvents(time, status);
        SurvivalArguments.CheckLabels(group, time.Count, "group", nameof(group));
        if (strata is not null) SurvivalArguments.CheckLabels(strata, time.Count, "strata", nameof(strata));
        CheckRho(rho);
        return Compute(SurvivalSample.Of(time, status, LabelColumn.Of(group), strata is null ? null : LabelColumn.Of(strata)), rho);
    }

    /// <summary>
    /// Compares survival between the groups of a prepared sample, within its strata when it has
    /// them, walking the sample's shared order.
    /// </summary>
    /// <param name="sample">The subjects with their groups (and strata), round-off ties merged.</param>
    /// <param name="rho">Weight exponent: 0 (default) log-rank, 1 Peto &amp; Peto; R's <c>rho</c> argument.</param>
    /// <exception cref="ArgumentException">The sample has no groups or only one, was prepared without merging round-off ties, or rho is negative or not finite.</exception>
    public static LogRankResult Compute(SurvivalSample sample, double rho = 0)
    {
        ArgumentNullException.ThrowIfNull(sample);
        CheckRho(rho);
        if (sample.Group is null)
            throw new ArgumentException("The sample has no groups; the log-rank test compares groups.", nameof(sample));
        if (!sample.RoundOffTiesMerged)
            throw new ArgumentException("The log-rank test ties times equal up to round-off, as survdiff; prepare the sample with mergeRoundOffTies = true.", nameof(sample));
        var levels = sample.Group.Levels;
        if (levels.Count < 2)
            throw new ArgumentException(
                $"Every subject is in group '{levels[0]}'; the log-rank test needs at least two groups to compare.", nameof(sample));
        var groupIndex = sample.Group.LevelIndex;
        IReadOnlyList<string> strataLevels = sample.Strata?.Levels ?? ["all"];
        var strataIndex = sample.Strata?.LevelIndex;
        var time = sample.Time;
        var status = sample.Died;

        var k = levels.Count;
        var observed = new double[k];
        var expected = new double[k];
        var variance = new double[k, k];

        // Sorted by stratum, then time, deaths before censorings at a tied time (R: order(strat, time, -status)).
        var order = sample.Order;
        var start = 0;
        while (start < order.Length)
        {
            var end = start + 1;
            while (end < order.Length && (strataIndex is null || strataIndex[order[end]] == strataIndex[order[start]])) end++;
            AddStratum(order.AsSpan(start, end - start), time, status, groupIndex, k, rho, observed, expected, variance);
            start = end;
        }

        var counts = new int[k];
        foreach (var g in groupIndex) counts[g]++;
        var groups = levels.Select((level, j) => new LogRankGroup(level, counts[j], observed[j], expected[j])).ToList();
        var (chiSquare, df) = Statistic(observed, expected, variance);
        var p = df > 0 ? TailProbability.ChiSquareUpper(chiSquare, df) : double.NaN;
        return new LogRankResult(rho, chiSquare, df, p, groups, variance, strataLevels.Count);
    }

    private static void CheckRho(double rho)
    {
        if (!double.IsFinite(rho) || rho < 0)
            throw new ArgumentException($"rho is {SurvivalArguments.Format(rho)}; use 0 (log-rank), 1 (Peto & Peto) or another number of 0 or more.", nameof(rho));
    }

    /// <summary>One stratum of <c>survdiff2</c>: <paramref name="rows"/> sorted by time.</summary>
    private static void AddStratum(ReadOnlySpan<int> rows, double[] time, bool[] status, int[] groupIndex,
        int k, double rho, double[] observed, double[] expected, double[,] variance)
    {
        var n = rows.Length;
        // Left-continuous Kaplan–Meier of the pooled stratum, S(t-), only needed when rho != 0.
        var kaplan = new double[n];
        if (rho != 0)
        {
            var km = 1.0;
            for (var i = 0; i < n;)
            {
                var atRisk = (double)(n - i);
                var deaths = 0.0;
                var j = i;
                for (; j < n && time[rows[j]] == time[rows[i]]; j++)
                {
                    kaplan[j] = km;
                    if (status[rows[j]]) deaths++;
                }
                km *= (atRisk - deaths) / atRisk;
                i = j;
            }
        }

        var risk = new double[k];
        for (var i = n - 1; i >= 0;)
        {
            var weight = rho == 0 ? 1.0 : Math.Pow(kaplan[i], rho);
            var deaths = 0.0;
            var j = i;
            for (; j >= 0 && time[rows[j]] == time[rows[i]]; j--)
            {
                var g = groupIndex[rows[j]];
                var died = status[rows[j]] ? 1.0 : 0.0;
                deaths += died;
                risk[g] += 1;
                observed[g] += died * weight;
            }
            i = j;
            var atRisk = (double)(n - (j + 1));
            if (deaths > 0)
            {
                for (var g = 0; g < k; g++) expected[g] += weight * deaths * risk[g] / atRisk;
                if (atRisk == 1) continue; // one subject at risk: no variance
                var w2 = weight * weight;
                for (var a = 0; a < k; a++)
                {
                    var tmp = w2 * deaths * risk[a] * (atRisk - deaths) / (atRisk * (atRisk - 1));
                    variance[a, a] += tmp;
                    for (var b = 0; b < k; b++) variance[a, b] -= tmp * risk[b] / atRisk;
                }
            }
        }
    }

    /// <summary>χ² over the groups with expected &gt; 0, dropping the first of them, as <c>survdiff</c>.</summary>
    private static (double ChiSquare, int DegreesOfFreedom) Statistic(double[] observed, double[] expected, double[,] variance)
    {
        var used = Enumerable.Range(0, expected.Length).Where(j => expected[j] > 0).ToArray();
        var df = used.Length - 1;
        if (used.Length < 2) return (0.0, Math.Max(df, 0));
        var kept = used[1..];
        var v = Matrix<double>.Build.Dense(kept.Length, kept.Length, (a, b) => variance[kept[a], kept[b]]);
        var d = Vector<double>.Build.Dense(kept.Length, a => observed[kept[a]] - expected[kept[a]]);
        var solved = v.Solve(d);
        return (solved.DotProduct(d), df);
    }
}
