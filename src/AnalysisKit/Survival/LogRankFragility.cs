namespace AnalysisKit.Survival;

/// <summary>
/// How many patients' outcomes would have to be different for a log-rank test to land on the
/// other side of a significance level: a survival analogue of the fragility index. One outcome
/// change turns one patient's event into a censoring at the same time, or a censoring into an
/// event. Starting from the data, each step makes the single change (over all patients not
/// changed yet) that moves the log-rank p-value furthest towards <c>alpha</c> — up when p starts
/// below it, down otherwise — and recomputes the test (<see cref="LogRankTest"/>), until
/// p has crossed. The search is greedy, so the count is an upper bound on the fewest changes
/// needed; when it is 1 it is exact.
/// </summary>
public static class LogRankFragility
{
    /// <summary>Runs the search.</summary>
    /// <param name="time">Follow-up time of each patient.</param>
    /// <param name="status">True for an event, false for a censoring.</param>
    /// <param name="group">Group of each patient (two or more groups).</param>
    /// <param name="alpha">Significance level, strictly between 0 and 1 (default 0.05).</param>
    /// <param name="maxChanges">Stop after this many changes even if p has not crossed (default 10).</param>
    /// <exception cref="ArgumentException">Bad data (as <see cref="LogRankTest"/>), alpha outside (0, 1) or maxChanges below 1.</exception>
    public static FragilityResult Compute(IReadOnlyList<double> time, IReadOnlyList<bool> status, IReadOnlyList<string> group,
        double alpha = 0.05, int maxChanges = 10)
    {
        if (!(alpha > 0 && alpha < 1))
            throw new ArgumentException($"The significance level {alpha} must lie strictly between 0 and 1 (for example 0.05).", nameof(alpha));
        if (maxChanges < 1)
            throw new ArgumentException($"maxChanges is {maxChanges}; allow at least one change.", nameof(maxChanges));
        var start = LogRankTest.Compute(time, status, group);
        var current = status.ToArray();
        var changed = new bool[current.Length];
        var startsSignificant = start.P < alpha;
        var changes = new List<OutcomeChange>();
        var p = start.P;
        while (changes.Count < maxChanges && (p < alpha) == startsSignificant)
        {
            var best = -1;
            var bestP = double.NaN;
            for (var i = 0; i < current.Length; i++)
            {
                if (changed[i]) continue;
                current[i] = !current[i];
                var candidate = TryP(time, current, group);
                current[i] = !current[i];
                if (double.IsNaN(candidate)) continue;
                if (best < 0 || (startsSignificant ? candidate > bestP : candidate < bestP))
                {
                    best = i;
                    bestP = candidate;
                }
            }
            if (best < 0) break;
            current[best] = !current[best];
            changed[best] = true;
            p = bestP;
            changes.Add(new OutcomeChange(best, group[best], time[best], !current[best], p));
        }
        return new FragilityResult(alpha, start.P, changes, (p < alpha) != startsSignificant);
    }

    private static double TryP(IReadOnlyList<double> time, bool[] status, IReadOnlyList<string> group)
    {
        if (!status.Any(s => s)) return double.NaN;
        return LogRankTest.Compute(time, status, group).P;
    }
}

/// <summary>One changed outcome of a <see cref="LogRankFragility"/> search.</summary>
/// <param name="Patient">Index of the patient in the data (from 0).</param>
/// <param name="Group">The patient's group.</param>
/// <param name="Time">The patient's follow-up time (unchanged).</param>
/// <param name="WasEvent">True when an event became a censoring, false when a censoring became an event.</param>
/// <param name="PAfter">Log-rank p-value with this and all earlier changes made.</param>
public sealed record OutcomeChange(int Patient, string Group, double Time, bool WasEvent, double PAfter);

/// <summary>The result of a <see cref="LogRankFragility"/> search.</summary>
/// <param name="Alpha">The significance level.</param>
/// <param name="StartP">The log-rank p-value of the data as given.</param>
/// <param name="Changes">The changes made, in order.</param>
/// <param name="Crossed">True when p ended on the other side of <paramref name="Alpha"/>.</param>
public sealed partial record FragilityResult(double Alpha, double StartP, IReadOnlyList<OutcomeChange> Changes, bool Crossed);
