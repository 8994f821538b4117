using AnalysisKit.Consistency;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>One end point's times and events of the added patients, ascending by time.</summary>
/// <param name="Time">Times (months).</param>
/// <param name="Event">Event flags, in the order of <paramref name="Time"/>.</param>
internal sealed record Placement(double[] Time, bool[] Event);

/// <summary>
/// Exhaustive search over a <see cref="PlacementGrid"/> for one end point: every multiset of
/// added patients (each an event time or a censoring time of the grid), scored by how many of
/// the printed cells (events, median, lower and upper limit) the fixed plus added patients
/// reproduce at the printed rounding. The order of enumeration is the tie-break: event counts
/// from most to fewest (only the printed count when it is reachable), then the event times and
/// then the censoring times as non-decreasing index tuples in lexicographic order, over the grid
/// ascending (earliest first) or descending (latest first).
/// </summary>
internal sealed class EndpointPlacementSearch
{
    /// <summary>How many best placements are kept, in tie-break order.</summary>
    public const int Kept = 4096;

    private readonly MedianWithAddedPatients _curve;
    private readonly int _fixedEvents;
    private readonly PublishedValue?[] _cells;

    /// <summary>Prepares the search.</summary>
    /// <param name="time">Times of the fixed patients.</param>
    /// <param name="died">Events of the fixed patients.</param>
    /// <param name="added">Number of patients to add.</param>
    /// <param name="cells">The printed events, median, lower and upper limit (null where not printed).</param>
    public EndpointPlacementSearch(IReadOnlyList<double> time, IReadOnlyList<bool> died, int added, IReadOnlyList<PublishedValue?> cells)
    {
        _curve = new MedianWithAddedPatients(time, died, added);
        _fixedEvents = died.Count(d => d);
        Added = added;
        _cells = cells.ToArray();
        Grid = PlacementGrid.Of(time, _cells.Skip(1).OfType<PublishedValue>().Select(c => (c.Value!.Value, c.Decimals ?? 2)));
    }

    /// <summary>Number of added patients.</summary>
    public int Added { get; }

    /// <summary>The grid searched.</summary>
    public PlacementGrid Grid { get; }

    /// <summary>Placements evaluated by the last <see cref="Run"/>.</summary>
    public long Evaluated { get; private set; }

    /// <summary>
    /// Which combinations of cells some placement reproduces, as bit masks (bit k: cell k of
    /// events, median, lower, upper), after <see cref="Run"/>.
    /// </summary>
    public IReadOnlySet<int> Reached { get; private set; } = new HashSet<int>();

    /// <summary>
    /// Runs the search; returns the largest number of cells reproduced together and the first
    /// <see cref="Kept"/> placements that reach it, in tie-break order.
    /// </summary>
    /// <param name="latestFirst">Enumerate the grid from the latest time down.</param>
    /// <param name="admissible">Only placements it accepts are scored (null: all).</param>
    public (int Best, IReadOnlyList<Placement> Placements) Run(bool latestFirst, Func<Placement, bool>? admissible = null)
    {
        var eventGrid = latestFirst ? Grid.EventTimes.Reverse().ToArray() : Grid.EventTimes.ToArray();
        var censorGrid = latestFirst ? Grid.CensorTimes.Reverse().ToArray() : Grid.CensorTimes.ToArray();
        var counts = Enumerable.Range(0, Added + 1).Reverse().ToList();
        if (_cells[0]?.Value is { } printedEvents && printedEvents - _fixedEvents is var wanted && wanted >= 0 && wanted <= Added)
            counts = [(int)wanted];
        var best = -1;
        var kept = new List<Placement>();
        var reached = new HashSet<int>();
        var time = new double[Added];
        var died = new bool[Added];
        long evaluated = 0;
        foreach (var k in counts)
        {
            foreach (var events in Tuples(eventGrid.Length, k))
            {
                foreach (var censored in Tuples(censorGrid.Length, Added - k))
                {
                    for (var i = 0; i < k; i++) { time[i] = eventGrid[events[i]]; died[i] = true; }
                    for (var i = 0; i < Added - k; i++) { time[k + i] = censorGrid[censored[i]]; died[k + i] = false; }
                    Sort(time, died);
                    if (admissible is not null && !admissible(new Placement(time, died))) continue;
                    evaluated++;
                    var (median, lower, upper) = _curve.Evaluate(time, died);
                    var mask = Mask(_fixedEvents + k, median, lower, upper);
                    reached.Add(mask);
                    var score = int.PopCount(mask);
                    if (score > best) { best = score; kept.Clear(); }
                    if (score == best && kept.Count < Kept) kept.Add(new Placement((double[])time.Clone(), (bool[])died.Clone()));
                }
            }
        }
        Evaluated = evaluated;
        Reached = reached;
        return (best, kept);
    }

    private int Mask(int events, double median, double lower, double upper)
    {
        var mask = 0;
        if (_cells[0]?.Value is { } e && e == events) mask |= 1;
        if (Agrees(_cells[1], median)) mask |= 2;
        if (Agrees(_cells[2], lower)) mask |= 4;
        if (Agrees(_cells[3], upper)) mask |= 8;
        return mask;
    }

    private static bool Agrees(PublishedValue? cell, double value) => cell is not null && PrintedAgreement.Agrees(value, cell.Printed);

    /// <summary>Non-decreasing index tuples of length <paramref name="length"/> over 0..n−1, lexicographic (the array is reused).</summary>
    private static IEnumerable<int[]> Tuples(int n, int length)
    {
        var index = new int[length];
        if (length == 0) { yield return index; yield break; }
        if (n == 0) yield break;
        while (true)
        {
            yield return index;
            var position = length - 1;
            while (position >= 0 && index[position] == n - 1) position--;
            if (position < 0) yield break;
            index[position]++;
            for (var q = position + 1; q < length; q++) index[q] = index[position];
        }
    }

    /// <summary>Sorts the few added patients by time (insertion sort; ties keep events first).</summary>
    private static void Sort(double[] time, bool[] died)
    {
        for (var i = 1; i < time.Length; i++)
        {
            var t = time[i];
            var d = died[i];
            var j = i - 1;
            while (j >= 0 && (time[j] > t || (time[j] == t && !died[j] && d)))
            {
                time[j + 1] = time[j];
                died[j + 1] = died[j];
                j--;
            }
            time[j + 1] = t;
            died[j + 1] = d;
        }
    }
}
