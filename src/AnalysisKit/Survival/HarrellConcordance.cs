using AnalysisKit.Data;

namespace AnalysisKit.Survival;

/// <summary>
/// Harrell's C for a risk score (higher score = shorter survival), as R's
/// <c>survival::concordancefit(y, x, strata, reverse = TRUE)</c> computes it for
/// <c>coxph</c> (survival 3.5, time weight "n"). Times equal up to round-off are tied, as R's
/// <c>timefix = TRUE</c> (<see cref="RoundOffTies"/>).
/// <para>
/// A pair (i, j) in the same stratum is comparable when i had the event at tᵢ and j was still
/// at risk: tⱼ &gt; tᵢ, or tⱼ = tᵢ and j was censored. Pairs with equal times that are both events
/// are not comparable. Each comparable pair is concordant, discordant or tied on the score;
/// with N = concordant + discordant + tied, Somers' d = (concordant − discordant) / N and
/// C = (d + 1) / 2.
/// </para>
/// <para>
/// Standard error (the infinitesimal jackknife of <c>concordancefit</c>, not the older
/// <c>survConcordance</c> formula): with cₖ, dₖ, tₖ the numbers of concordant, discordant and
/// tied comparable pairs that subject k belongs to,
/// dfbetaₖ = (cₖ − dₖ) / N − d · (cₖ + dₖ + tₖ) / N, var(d) = Σₖ dfbetaₖ², and
/// var(C) = var(d) / 4.
/// </para>
/// </summary>
public static class HarrellConcordance
{
    /// <summary>
    /// Computes C and its standard error. Pairs are not enumerated one by one: within each
    /// stratum the subjects are sorted by time and by score, and two sweeps over time with a
    /// counter of score ranks (<see cref="RankCounter"/>) give every subject's counts in
    /// O(n log n) instead of O(n²) (a million subjects: seconds instead of hours).
    /// <list type="number">
    /// <item>Sweeping from the latest time down, the counter holds the subjects at risk after
    /// the current time; censorings at the current time are added before the events there are
    /// compared with the counter (censored at the same time counts as still at risk), events
    /// after. This gives cₖ, dₖ, tₖ of each event as the earlier member of its pairs.</item>
    /// <item>Sweeping from the earliest time up, the counter holds the events before the
    /// current time; the events at the current time are compared with it and then added, and
    /// the censorings at the current time are compared after that. This gives cₖ, dₖ, tₖ of
    /// each subject as the later (still at risk) member of its pairs.</item>
    /// </list>
    /// </summary>
    /// <param name="time">Follow-up times.</param>
    /// <param name="status">True for an event, false for censoring.</param>
    /// <param name="riskScore">
    /// Risk score of each subject (for a Cox model, the linear predictor). Scores are compared
    /// as sorted by <see cref="Array.Sort{T}(T[])"/>: a NaN score (only seen when a Cox
    /// coefficient is infinite) ranks below every number.
    /// </param>
    /// <param name="strata">Optional stratum labels; pairs are only formed within a stratum.</param>
    public static ConcordanceResult Compute(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> status,
        IReadOnlyList<double> riskScore,
        IReadOnlyList<string>? strata = null)
    {
        SurvivalArguments.CheckTimesAndEvents(time, status);
        ArgumentNullException.ThrowIfNull(riskScore);
        SurvivalArguments.CheckLength(time.Count, riskScore.Count, "risk scores", nameof(riskScore));
        if (strata is not null) SurvivalArguments.CheckLabels(strata, time.Count, "strata", nameof(strata));

        var stratum = strata is null ? null : SurvivalArguments.LevelIndex(strata, LevelOrder.Levels(strata));
        var order = SurvivalOrder.ByStratumAndTimeSortingTimes(stratum, RoundOffTies.Merge(time), status: null, out var sortedTime);
        var sortedStatus = new bool[order.Length];
        for (var p = 0; p < order.Length; p++) sortedStatus[p] = status[order[p]];
        return Compute(order, sortedTime, sortedStatus, stratum, riskScore as double[] ?? riskScore.ToArray());
    }

    /// <summary>
    /// The same from subjects already in walking order (<see cref="SurvivalOrder.ByStratumAndTime(int[], IReadOnlyList{double}, IReadOnlyList{bool}, out double[])"/>
    /// of the times with round-off ties merged), as a Cox fit has them: no second merge or time sort.
    /// </summary>
    /// <param name="order">Subject indices by stratum, then time.</param>
    /// <param name="sortedTime">The merged times in that order.</param>
    /// <param name="sortedStatus">The event indicators in that order.</param>
    /// <param name="stratum">0-based stratum of each subject (input order), or null for one stratum.</param>
    /// <param name="riskScore">Risk score of each subject, in input order.</param>
    internal static ConcordanceResult Compute(int[] order, double[] sortedTime, bool[] sortedStatus, int[]? stratum, double[] riskScore)
    {
        var n = order.Length;
        var rank = ScoreRanks(order, stratum, riskScore);
        var counts = new PairCounts(n);
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            if (stratum is null) end = n;
            else
                while (end < n && stratum[order[end]] == stratum[order[start]]) end++;
            CountStratum(order, sortedTime, sortedStatus, rank, start, end, counts);
            start = end;
        }

        double concordant = counts.Concordant, discordant = counts.Discordant, tied = counts.Tied;
        var pairs = concordant + discordant + tied;
        if (pairs == 0) return new ConcordanceResult(double.NaN, double.NaN, 0, 0, 0);
        var somers = (concordant - discordant) / pairs;
        var sumSquares = 0.0;
        for (var k = 0; k < n; k++)
        {
            var dfbeta = (double)counts.DifferenceOf[k] / pairs - somers / pairs * counts.PairsOf[k];
            sumSquares += dfbeta * dfbeta;
        }
        return new ConcordanceResult((somers + 1) / 2, Math.Sqrt(sumSquares / 4), concordant, discordant, tied);
    }

    /// <summary>
    /// Pair counts in total and per subject: cₖ − dₖ and cₖ + dₖ + tₖ over the pairs in which
    /// subject k is the earlier or the later member (each at most n − 1 in size, so an int holds it).
    /// </summary>
    private sealed class PairCounts(int n)
    {
        public long Concordant;
        public long Discordant;
        public long Tied;
        public readonly int[] DifferenceOf = new int[n];
        public readonly int[] PairsOf = new int[n];

        public void Add(int subject, long concordant, long discordant, long tied)
        {
            DifferenceOf[subject] += (int)(concordant - discordant);
            PairsOf[subject] += (int)(concordant + discordant + tied);
        }
    }

    /// <summary>
    /// The rank of each subject's score among the distinct scores of its stratum (equal scores
    /// share a rank), in walking order: rank[p] belongs to subject order[p]. Each stratum's
    /// scores are sorted from input order.
    /// </summary>
    private static int[] ScoreRanks(int[] order, int[]? stratum, double[] riskScore)
    {
        var n = order.Length;
        var members = stratum is null ? Identity(n) : SurvivalOrder.ByStratum(stratum);
        var scores = new double[n];
        for (var q = 0; q < n; q++) scores[q] = riskScore[members[q]];
        var rankOf = new int[n];
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            if (stratum is null) end = n;
            else
                while (end < n && stratum[members[end]] == stratum[members[start]]) end++;
            Array.Sort(scores, members, start, end - start);
            var rank = 0;
            rankOf[members[start]] = 0;
            for (var q = start + 1; q < end; q++)
            {
                if (scores[q] != scores[q - 1]) rank++;
                rankOf[members[q]] = rank;
            }
            start = end;
        }
        var ranks = members; // reused: the members are no longer needed
        for (var p = 0; p < n; p++) ranks[p] = rankOf[order[p]];
        return ranks;
    }

    private static int[] Identity(int n)
    {
        var identity = new int[n];
        for (var i = 0; i < n; i++) identity[i] = i;
        return identity;
    }

    /// <summary>Adds the comparable pairs among walking positions [start, end) (one stratum) to <paramref name="counts"/>.</summary>
    private static void CountStratum(int[] order, double[] time, bool[] status, int[] rank, int start, int end, PairCounts counts)
    {
        var size = 0;
        for (var p = start; p < end; p++) size = Math.Max(size, rank[p] + 1);

        // Sweep 1, latest time first: each event against those still at risk after it.
        var atRisk = new RankCounter(size);
        for (var last = end; last > start;)
        {
            var first = last - 1;
            while (first > start && time[first - 1] == time[last - 1]) first--;
            for (var p = first; p < last; p++)
                if (!status[p]) atRisk.Add(rank[p]);
            for (var p = first; p < last; p++)
            {
                if (!status[p]) continue;
                var (below, equal, above) = atRisk.Compare(rank[p]);
                counts.Add(order[p], below, above, equal);   // the event had the higher score
                counts.Concordant += below;
                counts.Discordant += above;
                counts.Tied += equal;
            }
            for (var p = first; p < last; p++)
                if (status[p]) atRisk.Add(rank[p]);
            last = first;
        }

        // Sweep 2, earliest time first: each subject against the events before it (and, when
        // censored, the events at its own time).
        var earlierEvents = new RankCounter(size);
        for (var first = start; first < end;)
        {
            var last = first + 1;
            while (last < end && time[last] == time[first]) last++;
            for (var p = first; p < last; p++)
                if (status[p]) AddAsLater(p);
            for (var p = first; p < last; p++)
                if (status[p]) earlierEvents.Add(rank[p]);
            for (var p = first; p < last; p++)
                if (!status[p]) AddAsLater(p);
            first = last;
        }

        void AddAsLater(int p)
        {
            var (below, equal, above) = earlierEvents.Compare(rank[p]);
            counts.Add(order[p], above, below, equal);   // the earlier event had the higher score
        }
    }
}
