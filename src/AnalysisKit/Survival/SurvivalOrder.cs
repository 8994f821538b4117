namespace AnalysisKit.Survival;

/// <summary>
/// The order in which the log-rank test, Kaplan–Meier and the Cox model walk through the
/// subjects, as R's <c>order(strata, time, -status)</c>: by stratum, then time, then
/// (optionally) events before censorings at the same time, then input position.
/// <para>
/// Built from primitive keys only: a stable counting pass by stratum, <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/>
/// of the times with the subject indices alongside, then each run of tied times put in
/// (events first, input position) order. No comparer runs in the hot path; the order is the
/// same as sorting on the whole key.
/// </para>
/// </summary>
internal static class SurvivalOrder
{
    /// <summary>Subject indices in walking order.</summary>
    /// <param name="stratum">0-based stratum of each subject; null when there is one stratum.</param>
    /// <param name="time">Follow-up times.</param>
    /// <param name="status">Event indicators, to put events first at a tied time; null to keep input order there.</param>
    public static int[] ByStratumAndTime(int[]? stratum, IReadOnlyList<double> time, IReadOnlyList<bool>? status) =>
        ByStratumAndTime(stratum, time, status, out _);

    /// <summary>Subject indices in walking order, and the times in that order (<paramref name="sortedTime"/>[p] = time[order[p]]).</summary>
    /// <param name="stratum">0-based stratum of each subject; null when there is one stratum.</param>
    /// <param name="time">Follow-up times.</param>
    /// <param name="status">Event indicators, to put events first at a tied time; null to keep input order there.</param>
    /// <param name="sortedTime">The times in walking order (the sort keys, not a second copy).</param>
    public static int[] ByStratumAndTime(int[]? stratum, IReadOnlyList<double> time, IReadOnlyList<bool>? status, out double[] sortedTime) =>
        Sort(stratum, time, status, ownsTime: false, out sortedTime);

    /// <summary>
    /// As <see cref="ByStratumAndTime(int[], IReadOnlyList{double}, IReadOnlyList{bool}, out double[])"/>
    /// for times the caller no longer needs in input order (a fresh copy): without strata they
    /// are sorted in place and returned as <paramref name="sortedTime"/>, not copied first.
    /// </summary>
    public static int[] ByStratumAndTimeSortingTimes(int[]? stratum, double[] time, IReadOnlyList<bool>? status, out double[] sortedTime) =>
        Sort(stratum, time, status, ownsTime: true, out sortedTime);

    private static int[] Sort(int[]? stratum, IReadOnlyList<double> time, IReadOnlyList<bool>? status, bool ownsTime, out double[] sortedTime)
    {
        var n = time.Count;
        var order = stratum is null ? Identity(n) : ByStratum(stratum);
        double[] keys;
        if (ownsTime && stratum is null) keys = (double[])time;
        else
        {
            keys = new double[n];
            for (var p = 0; p < n; p++) keys[p] = time[order[p]];
        }
        var start = 0;
        while (start < n)
        {
            var end = stratum is null ? n : start + 1;
            while (end < n && stratum![order[end]] == stratum[order[start]]) end++;
            Array.Sort(keys, order, start, end - start);
            OrderTies(keys, order, status, start, end);
            start = end;
        }
        sortedTime = keys;
        return order;
    }

    private static int[] Identity(int n)
    {
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        return order;
    }

    /// <summary>Subject indices grouped by stratum, in input order within each (a stable counting sort).</summary>
    public static int[] ByStratum(int[] stratum)
    {
        var count = new int[stratum.Length == 0 ? 1 : stratum.Max() + 2];
        foreach (var s in stratum) count[s + 1]++;
        for (var s = 1; s < count.Length; s++) count[s] += count[s - 1];
        var order = new int[stratum.Length];
        for (var i = 0; i < stratum.Length; i++) order[count[stratum[i]]++] = i;
        return order;
    }

    /// <summary>Within each run of equal times in [start, end): events first when <paramref name="status"/> is given, then input position.</summary>
    private static void OrderTies(double[] keys, int[] order, IReadOnlyList<bool>? status, int start, int end)
    {
        int[]? censored = null;
        var i = start;
        while (i < end)
        {
            var j = i + 1;
            while (j < end && keys[j] == keys[i]) j++;
            if (j - i > 1)
            {
                Array.Sort(order, i, j - i);
                if (status is not null) EventsFirst(order, status, i, j, ref censored);
            }
            i = j;
        }
    }

    /// <summary>Stable partition of order[i..j): the subjects with the event, then the censored ones.</summary>
    private static void EventsFirst(int[] order, IReadOnlyList<bool> status, int i, int j, ref int[]? censored)
    {
        if (censored is null || censored.Length < j - i) censored = new int[Math.Max(j - i, 64)];
        var events = i;
        var held = 0;
        for (var p = i; p < j; p++)
        {
            var subject = order[p];
            if (status[subject]) order[events++] = subject;
            else censored[held++] = subject;
        }
        Array.Copy(censored, 0, order, events, held);
    }
}
