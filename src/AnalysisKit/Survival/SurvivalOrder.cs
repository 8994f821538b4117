namespace AnalysisKit.Survival;

/// <summary>
/// The order in which the log-rank test and the Cox model walk through the subjects, as R's
/// <c>order(strata, time, -status)</c>: by stratum, then time, then (optionally) events before
/// censorings at the same time, then input position. Sorting plain structs with
/// <see cref="Array.Sort{T}(T[])"/> instead of a chain of LINQ <c>ThenBy</c> keys makes this
/// several times faster on a million subjects; the order is the same.
/// </summary>
internal static class SurvivalOrder
{
    /// <summary>Subject indices in walking order.</summary>
    /// <param name="stratum">0-based stratum of each subject.</param>
    /// <param name="time">Follow-up times.</param>
    /// <param name="status">Event indicators, to put events first at a tied time; null to keep input order there.</param>
    public static int[] ByStratumAndTime(int[] stratum, IReadOnlyList<double> time, IReadOnlyList<bool>? status)
    {
        var keys = new Key[time.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = new Key(stratum[i], time[i], status is not null && !status[i] ? 1 : 0, i);
        Array.Sort(keys);
        var order = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++) order[i] = keys[i].Index;
        return order;
    }

    private readonly record struct Key(int Stratum, double Time, int CensoredLast, int Index) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            var c = Stratum.CompareTo(other.Stratum);
            if (c != 0) return c;
            c = Time.CompareTo(other.Time);
            if (c != 0) return c;
            c = CensoredLast.CompareTo(other.CensoredLast);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }
}
