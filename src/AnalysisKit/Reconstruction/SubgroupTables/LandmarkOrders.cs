using AnalysisKit.Consistency;
using AnalysisKit.Survival;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The orders of events and censorings up to a landmark that a table's whole-cohort rate and
/// interval allow and that leave every large subgroup a choice of members reproducing its own
/// printed rate and interval. The whole-cohort curve at the landmark, S = Π(1 − 1/r) with
/// Greenwood σ² = Σ 1/(r(r − 1)) and limits S·exp(∓z·σ) capped at 1 (R's <c>survfit</c>,
/// <c>conf.type = "log"</c>), depends only on the order of events (E) and censorings (c) before
/// it: tied events give the same S and σ² as consecutive ones, and a censoring tied with an event
/// comes after it. A subgroup with at most <see cref="MaxComplement"/> patients outside it is the
/// cohort less a few of those patients, so it can print its rate only if some choice of them (at
/// positions in the order or among the patients still at risk, with the subgroup's printed number
/// of events) gives its curve the printed S and limits. Of the orders that reproduce the whole
/// cohort, only those that let every such subgroup do so are kept. Later landmarks allow far more
/// orders than the first (often too many to search), so the reconstruction uses each table's
/// first landmark only.
/// </summary>
internal static class LandmarkOrders
{
    /// <summary>The most patients a subgroup may leave out to be checked (more makes the check slow and weak).</summary>
    public const int MaxComplement = 6;

    /// <summary>Depth-first nodes the search of whole-cohort orders may visit before it gives up and constrains nothing.</summary>
    public const int NodeBudget = 30_000_000;

    private static readonly double Z = ConfidenceLimits.Z(0.95);

    /// <summary>The orders allowed for one end point at one landmark (none: no constraint).</summary>
    public sealed record Allowed(string Endpoint, int Landmark, IReadOnlyList<string> Orders);

    /// <summary>The allowed orders of every table at its first landmark (later landmarks allow too many orders to search; see the class summary).</summary>
    public static IReadOnlyList<Allowed> OfAll(IReadOnlyList<SubgroupSurvivalTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return tables.Where(t => t.LandmarkTimes.Count > 0).Select(t => new Allowed(t.Endpoint, t.LandmarkTimes[0], Of(t, t.LandmarkTimes[0]))).ToArray();
    }

    /// <summary>
    /// The allowed orders at a landmark, each as a string of 'E' (an event) and 'c' (a censoring)
    /// in time order, up to the last event at or before the landmark; empty when the whole cohort
    /// prints no rate with both limits there, when no order fits, or when the search exceeds
    /// <see cref="NodeBudget"/> (no constraint then).
    /// </summary>
    public static IReadOnlyList<string> Of(SubgroupSurvivalTable table, int landmark)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!table.LandmarkTimes.Contains(landmark))
            throw new ArgumentException($"{table.Table} prints rates at {PrintedText.List(table.LandmarkTimes)} {table.TimeUnit}, not at {landmark}.", nameof(landmark));
        var all = table.AllPatients;
        if (all is null || Printed(all, landmark) is not { } cohortRate || all.N?.Value is not { } nValue || all.Events?.Value is not { } eValue)
            return [];
        var (n, events) = ((int)nValue, (int)eValue);
        var subgroups = table.Rows
            .Where(r => r.RowGroup != ClaimId.AllRowGroup && r.N?.Value is { } m && n - m >= 1 && n - m <= MaxComplement && r.Events?.Value is not null)
            .Select(r => (Row: r, Rate: Printed(r, landmark)))
            .Where(r => r.Rate is not null)
            .Select(r => (Removed: n - (int)r.Row.N!.Value!.Value, RemovedEvents: events - (int)r.Row.Events!.Value!.Value, Rate: r.Rate!))
            .OrderBy(r => r.Removed)
            .ToArray();

        var search = new Search(n, events, n - events, cohortRate, subgroups);
        return search.Run() ? search.Orders.Order(StringComparer.Ordinal).ToArray() : [];
    }

    /// <summary>
    /// The order of a group of patients up to a landmark, as <see cref="Of"/> writes it: time
    /// order (the caller's), events before censorings at equal times, trailing censorings dropped.
    /// </summary>
    public static int Write(ReadOnlySpan<double> time, ReadOnlySpan<bool> died, double landmark, Span<char> order)
    {
        var length = 0;
        for (var i = 0; i < time.Length && time[i] <= landmark;)
        {
            var j = i;
            var tied = 0;
            for (; j < time.Length && time[j] == time[i]; j++) if (died[j]) tied++;
            for (var k = 0; k < j - i; k++) order[length++] = k < tied ? 'E' : 'c';
            i = j;
        }
        while (length > 0 && order[length - 1] == 'c') length--;
        return length;
    }

    /// <summary>Least number of positions at which an order differs from one of the allowed ones (a position past an order's end counts as at risk).</summary>
    public static int Distance(ReadOnlySpan<char> order, IReadOnlyList<string> allowed)
    {
        var best = int.MaxValue;
        foreach (var a in allowed)
        {
            var d = 0;
            for (var i = 0; i < Math.Max(a.Length, order.Length); i++)
                if ((i < order.Length ? order[i] : 'r') != (i < a.Length ? a[i] : 'r')) d++;
            best = Math.Min(best, d);
        }
        return best;
    }

    private sealed record Rate(PrintedNumber Value, PrintedNumber Lower, PrintedNumber Upper, string Column)
    {
        /// <summary>The fewest decimals the rate and its limits are compared at (the same for the three columns of a landmark).</summary>
        public int MinimumDecimals { get; } = SubgroupSurvivalTable.MinimumDecimals(Column);
        public double Lowest { get; } = Bound(Value, Column, -1);
        public double Highest { get; } = Bound(Value, Column, +1);
        public double LowestLower { get; } = Bound(Lower, Column + "_lower", -1);
        public double HighestUpper { get; } = Upper.Value >= 1 ? double.PositiveInfinity : Bound(Upper, Column + "_upper", +1);
    }

    private static Rate? Printed(SubgroupSurvivalRow row, int landmark)
    {
        var column = $"s{landmark}";
        return row.Cell(column) is { Value: > 0 } s && row.Cell(column + "_lower") is { Value: not null } lo && row.Cell(column + "_upper") is { Value: not null } hi
            ? new Rate(s, lo, hi, column)
            : null;
    }

    private static bool Agrees(Rate rate, double s, double variance)
    {
        if (!PrintedAgreement.Agrees(s, rate.Value, rate.MinimumDecimals)) return false;
        var sigma = Math.Sqrt(variance);
        return PrintedAgreement.Agrees(s * Math.Exp(-Z * sigma), rate.Lower, rate.MinimumDecimals)
            && PrintedAgreement.Agrees(Math.Min(1, s * Math.Exp(Z * sigma)), rate.Upper, rate.MinimumDecimals);
    }

    /// <summary>
    /// Whether a prefix (S, σ², r at risk) can still reach the printed rate and limits. S only
    /// falls and σ² only grows along an order. To fall from S to the highest value that rounds to
    /// the rate, S*, the events still to come add at least ln(S/S*)/(r(r − 1)·ln(r/(r − 1))) to σ²
    /// (an event at r at risk adds 1/(r(r − 1)) to σ² for ln(r/(r − 1)) off ln S, and that ratio
    /// only grows as r falls). With that least σ², the lower limit of S* must still reach the
    /// lowest value that rounds to the printed lower limit, and the upper limit of the lowest
    /// value that rounds to the rate must not pass the highest that rounds to the printed upper.
    /// </summary>
    private static bool Reachable(Rate rate, double s, double variance, int atRisk)
    {
        if (s < rate.Lowest) return false;
        if (s > rate.Highest && atRisk > 1)
            variance += Math.Log(s / rate.Highest) / (atRisk * (atRisk - 1.0) * Math.Log(atRisk / (atRisk - 1.0)));
        var sigma = Math.Sqrt(variance);
        return rate.Highest * Math.Exp(-Z * sigma) >= rate.LowestLower && rate.Lowest * Math.Exp(Z * sigma) <= rate.HighestUpper;
    }

    /// <summary>The lowest (side −1) or highest (side +1) value that rounds to a printed number.</summary>
    private static double Bound(PrintedNumber printed, string column, int side) =>
        printed.Value!.Value + side * 0.5 * Math.Pow(10, -PrintedAgreement.DecimalsComparedAt(printed, SubgroupSurvivalTable.MinimumDecimals(column)));

    private sealed class Search(int n, int events, int censored, Rate cohort, (int Removed, int RemovedEvents, Rate Rate)[] subgroups)
    {
        private readonly List<bool> _order = new();
        private long _nodes;

        public HashSet<string> Orders { get; } = new(StringComparer.Ordinal);

        /// <summary>False when the node budget ran out.</summary>
        public bool Run()
        {
            Extend(1, 0, n, 0, 0);
            return _nodes <= NodeBudget;
        }

        private void Extend(double s, double variance, int atRisk, int eventsSoFar, int censoredSoFar)
        {
            if (++_nodes > NodeBudget) return;
            if (atRisk >= 1 && Agrees(cohort, s, variance) && subgroups.All(g => Reproducible(g, eventsSoFar, censoredSoFar)))
            {
                var length = _order.Count;
                while (length > 0 && !_order[length - 1]) length--;
                Orders.Add(string.Concat(_order.Take(length).Select(e => e ? 'E' : 'c')));
            }
            if (atRisk <= 1) return;
            var (next, nextVariance) = (s * (1 - 1.0 / atRisk), variance + 1.0 / (atRisk * (atRisk - 1.0)));
            if (eventsSoFar < events && Reachable(cohort, next, nextVariance, atRisk - 1))
            {
                _order.Add(true);
                Extend(next, nextVariance, atRisk - 1, eventsSoFar + 1, censoredSoFar);
                _order.RemoveAt(_order.Count - 1);
            }
            if (censoredSoFar < censored && Reachable(cohort, s, variance, atRisk - 1))
            {
                _order.Add(false);
                Extend(s, variance, atRisk - 1, eventsSoFar, censoredSoFar + 1);
                _order.RemoveAt(_order.Count - 1);
            }
        }

        /// <summary>Whether leaving out some of the cohort (positions in the order, or patients still at risk) reproduces the subgroup's rate and limits.</summary>
        private bool Reproducible((int Removed, int RemovedEvents, Rate Rate) g, int eventsSoFar, int censoredSoFar)
        {
            var (laterEvents, laterCensored) = (events - eventsSoFar, censored - censoredSoFar);
            bool Walk(int i, int removed, int removedEvents, double s, double variance, int atRisk)
            {
                if (s < g.Rate.Lowest) return false;
                if (i == _order.Count)
                {
                    var (later, laterEventsRemoved) = (g.Removed - removed, g.RemovedEvents - removedEvents);
                    return laterEventsRemoved >= 0 && laterEventsRemoved <= Math.Min(later, laterEvents) && later - laterEventsRemoved <= laterCensored
                        && atRisk >= 1 && Agrees(g.Rate, s, variance);
                }
                var isEvent = _order[i];
                if (isEvent
                        ? Walk(i + 1, removed, removedEvents, s * (1 - 1.0 / atRisk), variance + 1.0 / (atRisk * (atRisk - 1.0)), atRisk - 1)
                        : Walk(i + 1, removed, removedEvents, s, variance, atRisk - 1))
                    return true;
                return removed < g.Removed && Walk(i + 1, removed + 1, removedEvents + (isEvent ? 1 : 0), s, variance, atRisk);
            }
            return Walk(0, 0, 0, 1, 0, n - g.Removed);
        }
    }
}
