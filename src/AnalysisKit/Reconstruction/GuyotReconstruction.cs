namespace AnalysisKit.Reconstruction;

/// <summary>
/// Reconstructs pseudo patient-level data from a digitised Kaplan–Meier curve and its
/// number-at-risk table, by the algorithm of Guyot, Ades, Ouwens and Welton
/// (BMC Med Res Methodol 2012;12:9; the method behind R's <c>IPDfromKM</c> and the authors'
/// published R code).
/// </summary>
/// <remarks>
/// Within each interval between two at-risk times the number censored is first guessed from the
/// drop in the curve and the at-risk counts, <c>c = round(n_i · S(t_{i+1}) / S(t_i) − n_{i+1})</c>,
/// and spread evenly over the interval. Events at each digitised point then follow from the KM
/// product: <c>d_k = round(n̂_k · (1 − S_k / Ŝ_last))</c>, <c>Ŝ_k = Ŝ_last · (1 − d_k / n̂_k)</c>,
/// <c>n̂_{k+1} = n̂_k − d_k − c_k</c>. The censoring guess is corrected by the difference between
/// the reconstructed and the published number at risk at the next time until they agree. In the
/// last interval censoring runs at the average rate of the earlier intervals and, when the total
/// number of events is known, is corrected until the reconstructed events add up to it.
/// Censorings are spread evenly from the first digitised point of an interval to the next
/// at-risk time (so that the synthetic patients reproduce the published number at risk at that
/// time), and each censored patient keeps its spread time; patients left at risk at the end are
/// censored at the last digitised time.
/// </remarks>
public static class GuyotReconstruction
{
    private const int MaxAdjustments = 10_000;

    /// <summary>Runs the reconstruction.</summary>
    /// <param name="curve">The digitised curve (it is cleaned with <see cref="DigitisedCurve.Clean"/> first).</param>
    /// <param name="atRisk">The published number-at-risk table; the first entry must be at time 0 (or the first digitised time) with the whole cohort.</param>
    /// <param name="totalEvents">The total number of events, when the publication prints it; null otherwise.</param>
    public static GuyotResult Reconstruct(DigitisedCurve curve, IReadOnlyList<NumberAtRisk> atRisk, int? totalEvents = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(atRisk);
        var clean = curve.Clean();
        var t = clean.Time.ToArray();
        var s = clean.Survival.ToArray();
        var risk = ValidateRiskTable(atRisk, t, totalEvents);
        var intervals = risk.Length;

        var lower = new int[intervals];
        var upper = new int[intervals];
        for (var i = 0; i < intervals; i++)
        {
            lower[i] = Array.FindIndex(t, x => x >= risk[i].Time);
            var nextTime = i + 1 < intervals ? risk[i + 1].Time : double.PositiveInfinity;
            upper[i] = Array.FindLastIndex(t, x => x < nextTime);
            if (lower[i] < 0 || upper[i] < lower[i])
                throw new ArgumentException(
                    $"No digitised point lies between the at-risk times {risk[i].Time} and {nextTime}; digitise at least one point in every interval of the risk table.");
        }

        var state = new State(t.Length);
        var lastEvent = 0;
        var censoredPerInterval = new int[intervals];
        var adjustedOk = true;
        for (var i = 0; i < intervals - 1; i++)
        {
            var guess = (int)Math.Round(risk[i].AtRisk * s[lower[i + 1]] / s[lower[i]] - risk[i + 1].AtRisk, MidpointRounding.AwayFromZero);
            var target = risk[i + 1].AtRisk;
            var (censored, last, ok) = FitInterval(state, t, s, i == 0, lower[i], upper[i], risk[i + 1].Time, risk[i].AtRisk, lastEvent, guess,
                () => state.AtRisk[lower[i + 1]] - target);
            adjustedOk &= ok;
            censoredPerInterval[i] = censored;
            lastEvent = last;
        }

        {
            var i = intervals - 1;
            var guess = 0;
            if (intervals > 1)
            {
                var span = t[upper[i - 1]] - t[lower[0]];
                var earlier = censoredPerInterval.Take(i).Sum();
                guess = span > 0
                    ? Math.Min((int)Math.Round(earlier * (t[upper[i]] - t[lower[i]]) / span, MidpointRounding.AwayFromZero), risk[i].AtRisk)
                    : 0;
            }
            Func<int>? excess = totalEvents is { } total ? () => state.Events.Take(upper[i] + 1).Sum() - total : null;
            var (censored, _, ok) = FitInterval(state, t, s, intervals == 1, lower[i], upper[i], t[upper[i]], risk[i].AtRisk, lastEvent, guess, excess);
            adjustedOk &= ok;
            censoredPerInterval[i] = censored;
        }

        var patients = new List<PseudoPatient>();
        for (var k = 0; k < t.Length; k++)
        {
            for (var j = 0; j < state.Events[k]; j++) patients.Add(new PseudoPatient(t[k], true));
            for (var j = 0; j < state.Censored[k]; j++) patients.Add(new PseudoPatient(state.CensorTimes[k][j], false));
        }
        var stillAtRisk = risk[0].AtRisk - patients.Count;
        for (var j = 0; j < stillAtRisk; j++) patients.Add(new PseudoPatient(t[^1], false));

        return new GuyotResult(patients, risk, adjustedOk);
    }

    private static NumberAtRisk[] ValidateRiskTable(IReadOnlyList<NumberAtRisk> atRisk, double[] t, int? totalEvents)
    {
        if (atRisk.Count == 0)
            throw new ArgumentException("The number-at-risk table is empty; at least the number at time 0 is needed.");
        var risk = atRisk.ToArray();
        for (var i = 0; i < risk.Length; i++)
        {
            if (risk[i].AtRisk < 0)
                throw new ArgumentException($"The number at risk at time {risk[i].Time} is negative ({risk[i].AtRisk}).");
            if (i > 0 && risk[i].Time <= risk[i - 1].Time)
                throw new ArgumentException($"The at-risk times must increase; {risk[i].Time} follows {risk[i - 1].Time}.");
            if (i > 0 && risk[i].AtRisk > risk[i - 1].AtRisk)
                throw new ArgumentException(
                    $"The number at risk rises from {risk[i - 1].AtRisk} at time {risk[i - 1].Time} to {risk[i].AtRisk} at time {risk[i].Time}; in a single cohort it can only fall.");
        }
        if (risk[0].Time > t[0] && risk[0].Time > 0)
            throw new ArgumentException($"The number-at-risk table starts at time {risk[0].Time}; it must start at time 0 with the whole cohort.");
        if (risk[^1].Time > t[^1])
            throw new ArgumentException($"The last at-risk time ({risk[^1].Time}) lies beyond the last digitised point ({t[^1]}).");
        if (totalEvents is < 0)
            throw new ArgumentException($"The total number of events is negative ({totalEvents}).");
        if (totalEvents > risk[0].AtRisk)
            throw new ArgumentException($"The total number of events ({totalEvents}) exceeds the number of patients ({risk[0].AtRisk}).");
        return risk;
    }

    /// <summary>
    /// Fits one interval: spreads <paramref name="censored"/> censorings evenly, derives events
    /// from the curve, and corrects the censoring count by <paramref name="excess"/> (positive when
    /// too few were censored) until it is zero or no further correction is possible.
    /// </summary>
    private static (int Censored, int LastEvent, bool Converged) FitInterval(
        State state, double[] t, double[] s, bool firstInterval, int lo, int hi, double end,
        int atRiskStart, int lastEventBefore, int censored, Func<int>? excess)
    {
        var last = lastEventBefore;
        for (var attempt = 0; attempt < MaxAdjustments; attempt++)
        {
            censored = Math.Max(censored, 0);
            SpreadCensoring(state, t, lo, hi, end, censored);
            state.AtRisk[lo] = atRiskStart;
            last = lastEventBefore;
            for (var k = lo; k <= hi; k++)
            {
                if (firstInterval && k == lo)
                {
                    state.Events[k] = 0;
                    state.Fitted[k] = 1;
                }
                else
                {
                    var n = state.AtRisk[k];
                    var d = n > 0 && state.Fitted[last] > 0
                        ? (int)Math.Round(n * (1 - s[k] / state.Fitted[last]), MidpointRounding.AwayFromZero)
                        : 0;
                    d = Math.Clamp(d, 0, Math.Max(n, 0));
                    state.Events[k] = d;
                    state.Fitted[k] = n > 0 ? state.Fitted[last] * (1 - (double)d / n) : state.Fitted[last];
                }
                state.Censored[k] = Math.Min(state.Censored[k], Math.Max(state.AtRisk[k] - state.Events[k], 0));
                state.AtRisk[k + 1] = state.AtRisk[k] - state.Events[k] - state.Censored[k];
                if (state.Events[k] != 0) last = k;
            }
            if (excess is null) return (censored, last, true);
            var diff = excess();
            if (diff == 0 || (diff < 0 && censored == 0)) return (censored, last, diff == 0);
            censored += diff;
        }
        return (censored, last, false);
    }

    private static void SpreadCensoring(State state, double[] t, int lo, int hi, double end, int censored)
    {
        for (var k = lo; k <= hi; k++)
        {
            state.Censored[k] = 0;
            state.CensorTimes[k].Clear();
        }
        var start = t[lo];
        for (var j = 1; j <= censored; j++)
        {
            var time = start + j * (end - start) / (censored + 1);
            var k = hi;
            while (k > lo && t[k] > time) k--;
            state.Censored[k]++;
            state.CensorTimes[k].Add(time);
        }
    }

    private sealed class State(int points)
    {
        public int[] AtRisk { get; } = new int[points + 1];
        public int[] Events { get; } = new int[points];
        public int[] Censored { get; } = new int[points];
        public double[] Fitted { get; } = new double[points];
        public List<double>[] CensorTimes { get; } = Enumerable.Range(0, points).Select(_ => new List<double>()).ToArray();
    }
}
