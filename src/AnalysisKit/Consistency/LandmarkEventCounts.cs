using AnalysisKit.Survival;

namespace AnalysisKit.Consistency;

/// <summary>
/// How many events a group must have had up to a landmark for its printed Kaplan–Meier rate and
/// log-transformed 95% interval (R <c>survfit</c>, <c>conf.type = "log"</c>) to come out. Both
/// depend only on the steps before the landmark: S = Π(1 − dᵢ/rᵢ) and Greenwood
/// σ² = Σ dᵢ/(rᵢ(rᵢ − dᵢ)), limits S·exp(∓1.96σ) (the upper capped at 1), where the number at
/// risk falls from n by the earlier events and censorings. For each k, a search over such
/// sequences with Σdᵢ = k decides whether one reproduces the printed cells; it respects the
/// group's printed event total (no more than it before the landmark, and room for the rest after
/// it). With m events still to come and r at risk, S can fall no further than to S·(r − m)/r and
/// σ² grows by at least 1/(r − m) − 1/r, which prunes the search.
/// </summary>
public static class LandmarkEventCounts
{
    private static readonly double Z = ConfidenceLimits.Z(0.95);

    /// <summary>States searched per number of events before that number is left undecided.</summary>
    public const int StateBudget = 200_000;

    /// <summary>
    /// The numbers of events up to the landmark with which some Kaplan–Meier curve of
    /// <paramref name="n"/> patients and <paramref name="events"/> events in all reproduces the
    /// printed rate and limits at their printed decimals.
    /// </summary>
    /// <param name="n">Patients in the group (1 to 500).</param>
    /// <param name="events">Events in the group over the whole follow-up (0 to n).</param>
    /// <param name="rate">The printed rate at the landmark (0 to 1).</param>
    /// <param name="rateDecimals">Decimals of the printed rate.</param>
    /// <param name="lower">The printed lower limit, or null when none is printed.</param>
    /// <param name="upper">The printed upper limit, or null when none is printed.</param>
    /// <param name="limitDecimals">Decimals of the printed limits.</param>
    /// <returns>
    /// The allowed numbers of events in increasing order, and whether the answer is complete
    /// (false when some number ran out of <see cref="StateBudget"/> and was neither proven nor
    /// excluded; it is then not listed).
    /// </returns>
    public static (IReadOnlyList<int> Allowed, bool Complete) Of(int n, int events, double rate, int rateDecimals, double? lower, double? upper, int limitDecimals) =>
        Search(n, events, rate, rateDecimals, lower, upper, limitDecimals, Enumerable.Range(0, Math.Max(0, events + 1)), firstOnly: false);

    /// <summary>
    /// Whether <paramref name="eventsByLandmark"/> events up to the landmark can reproduce the
    /// printed cells (true), cannot (false), or the search ran out of <see cref="StateBudget"/>
    /// (null): the search of <see cref="Of"/> for that one number.
    /// </summary>
    /// <param name="eventsByLandmark">The number of events up to the landmark to decide (0 or more).</param>
    /// <param name="n">Patients in the group (1 to 500).</param>
    /// <param name="events">Events in the group over the whole follow-up (0 to n).</param>
    /// <param name="rate">The printed rate at the landmark (0 to 1).</param>
    /// <param name="rateDecimals">Decimals of the printed rate.</param>
    /// <param name="lower">The printed lower limit, or null when none is printed.</param>
    /// <param name="upper">The printed upper limit, or null when none is printed.</param>
    /// <param name="limitDecimals">Decimals of the printed limits.</param>
    public static bool? Allows(int eventsByLandmark, int n, int events, double rate, int rateDecimals, double? lower, double? upper, int limitDecimals)
    {
        if (eventsByLandmark < 0)
            throw new ArgumentException($"A number of events cannot be negative; {eventsByLandmark} was given.", nameof(eventsByLandmark));
        // More events by the landmark than in all is searched as no number at all: false.
        var (allowed, complete) = Search(n, events, rate, rateDecimals, lower, upper, limitDecimals,
            eventsByLandmark <= events ? [eventsByLandmark] : [], firstOnly: false);
        return allowed.Count > 0 ? true : complete ? false : null;
    }

    /// <summary>
    /// Whether some number of events up to the landmark reproduces the printed cells (true), none
    /// does (false), or the search ran out of <see cref="StateBudget"/> for some number before
    /// any worked (null). The same search as <see cref="Of"/>, started from the numbers nearest
    /// n(1 − rate) and stopped once one works.
    /// </summary>
    /// <inheritdoc cref="Of" path="/param"/>
    public static bool? IsAttainable(int n, int events, double rate, int rateDecimals, double? lower, double? upper, int limitDecimals)
    {
        var numbers = Enumerable.Range(0, Math.Max(0, events + 1)).OrderBy(k => Math.Abs(k - n * (1 - rate))).ThenBy(k => k);
        var (allowed, complete) = Search(n, events, rate, rateDecimals, lower, upper, limitDecimals, numbers, firstOnly: true);
        return allowed.Count > 0 ? true : complete ? false : null;
    }

    private static (IReadOnlyList<int> Allowed, bool Complete) Search(int n, int events, double rate, int rateDecimals, double? lower, double? upper, int limitDecimals,
        IEnumerable<int> numbers, bool firstOnly)
    {
        if (n < 1 || n > 500)
            throw new ArgumentException($"The group size must be between 1 and 500 patients; {n} was given.", nameof(n));
        if (events < 0 || events > n)
            throw new ArgumentException($"A group of {n} patients has between 0 and {n} events; {events} was given.", nameof(events));
        foreach (var (value, name) in new[] { ((double?)rate, nameof(rate)), (lower, nameof(lower)), (upper, nameof(upper)) })
            if (value is { } v && !(v >= 0 && v <= 1))
                throw new ArgumentException($"A survival proportion or its limit lies between 0 and 1; {v} was given.", name);
        var rateHalf = PrintedRounding.HalfUnit(rateDecimals);
        var limitHalf = PrintedRounding.HalfUnit(limitDecimals);
        var smallest = rate - rateHalf - 1e-12;
        var lowest = lower is { } l ? l - limitHalf - 1e-12 : double.NegativeInfinity;
        // σ can be at most ln((rate + ½)/(lower − ½)) / z when the lower limit is to be reached.
        var largestVariance = lowest > 0 ? Math.Pow(Math.Log((rate + rateHalf) / lowest) / Z, 2) + 1e-12 : double.PositiveInfinity;
        // The leaves of the search compare millions of curves with the same printed cells.
        var rateTolerance = PrintedRounding.Tolerance(rate, rateDecimals);
        var lowerTolerance = PrintedRounding.Tolerance(lower ?? 0, limitDecimals);
        var upperTolerance = PrintedRounding.Tolerance(upper ?? 0, limitDecimals);
        // Each number is decided by a search of its own (its own failed states and budget), so the
        // numbers can be searched side by side with the same answers as one after the other: each
        // worker takes every workers-th number, nearest first, and clears one set of failed states
        // for each number it decides.
        var candidates = numbers.ToArray();
        var decided = new bool?[candidates.Length];
        var workers = Math.Min(Environment.ProcessorCount, candidates.Length);
        var found = 0;
        Parallel.For(0, workers, worker =>
        {
            var failed = new HashSet<(int, int, long, long)>();
            for (var i = worker; i < candidates.Length && !(firstOnly && Volatile.Read(ref found) == 1); i += workers)
            {
                decided[i] = Decide(candidates[i], failed);
                if (decided[i] == true) Volatile.Write(ref found, 1);
            }
        });
        var allowed = candidates.Where((_, i) => decided[i] == true).Take(firstOnly ? 1 : candidates.Length).ToList();
        return (allowed, decided.All(d => d is not null));

        // True when k events can reproduce the printed cells, false when they cannot, null when the budget ran out.
        bool? Decide(int k, HashSet<(int, int, long, long)> failed)
        {
            failed.Clear();
            var states = 0;
            if (Reaches(n, 0, 1.0, 0.0)) return true;
            return states > StateBudget ? null : false;

            bool Reaches(int atRisk, int eventsSoFar, double survival, double variance)
            {
                var toCome = k - eventsSoFar;
                if (toCome == 0) return atRisk >= 1 && events - k <= atRisk && Agrees(survival, variance);
                if (atRisk - toCome < 0 || survival * (atRisk - toCome) / atRisk < smallest) return false;
                if (atRisk > toCome && variance + 1.0 / (atRisk - toCome) - 1.0 / atRisk > largestVariance) return false;
                if (++states > StateBudget) return false;
                var key = (atRisk, eventsSoFar, (long)Math.Round(survival * 1e12), double.IsInfinity(variance) ? -1 : (long)Math.Round(variance * 1e12));
                if (failed.Contains(key)) return false;
                // The next step: r − atRisk censorings, then d events among r at risk.
                for (var r = atRisk; r >= 1 && events - eventsSoFar <= r; r--)
                {
                    for (var d = 1; d <= r && d <= toCome; d++)
                    {
                        var next = survival * (1 - (double)d / r);
                        if (next < smallest) break;
                        var nextVariance = d == r ? double.PositiveInfinity : variance + (double)d / ((double)r * (r - d));
                        if (nextVariance > largestVariance) break;
                        if (next > 0 && next * Math.Exp(-Z * Math.Sqrt(nextVariance)) < lowest) break;
                        if (Reaches(r - d, eventsSoFar + d, next, nextVariance)) return true;
                    }
                }
                failed.Add(key);
                return false;
            }
        }

        bool Agrees(double survival, double variance)
        {
            if (!PrintedRounding.Within(survival, rate, rateTolerance)) return false;
            if (survival <= 0) return lower is null && upper is null;
            var sigma = Math.Sqrt(variance);
            return (lower is not { } low || PrintedRounding.Within(survival * Math.Exp(-Z * sigma), low, lowerTolerance))
                && (upper is not { } high || PrintedRounding.Within(Math.Min(1, survival * Math.Exp(Z * sigma)), high, upperTolerance));
        }
    }
}
