using System.Globalization;
using AnalysisKit.Consistency;

namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>One searched parameter: an index from 0 to <see cref="Count"/> − 1 that a cohort builder maps to a value.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Count">Number of values.</param>
/// <param name="Start">Index used until the parameter's stage is searched.</param>
public sealed record SearchAxis(string Name, int Count, int Start);

/// <summary>The cohort chosen by <see cref="CohortSearch"/>, with the chosen parameter indices and the time moves applied.</summary>
/// <param name="Choice">Chosen index of each parameter.</param>
/// <param name="Cohort">The synthetic patients after the moves.</param>
/// <param name="Moves">The moves of observed times applied after building, in words.</param>
/// <param name="Reproduced">Printed numbers reproduced.</param>
/// <param name="Distance">Sum over printed numbers of the distance in half-units of the last printed place (each capped at 100).</param>
public sealed record SearchOutcome(IReadOnlyDictionary<string, int> Choice, SyntheticCohort Cohort, IReadOnlyList<string> Moves, int Reproduced, double Distance);

/// <summary>
/// A deterministic search for synthetic patients that reproduce printed numbers. Parameters are
/// searched stage by stage (every combination of a stage's parameters, the others held at their
/// best values so far), candidates in a fixed order. Each candidate cohort is built, then its
/// times are adjusted (<see cref="Adjust"/>), then scored: the most printed numbers reproduced
/// wins, then the smallest total distance; the first candidate wins a tie.
/// </summary>
internal static class CohortSearch
{
    public static SearchOutcome Run(
        Func<IReadOnlyDictionary<string, int>, SyntheticCohort> build,
        IReadOnlyList<PrintedTarget> targets,
        IReadOnlyList<SearchAxis> axes,
        IReadOnlyList<IReadOnlyList<string>> stages)
    {
        var choice = axes.ToDictionary(a => a.Name, a => a.Start, StringComparer.Ordinal);
        SearchOutcome? best = Evaluate(build, targets, choice);
        foreach (var stage in stages)
        {
            var stageAxes = stage.Select(name => axes.Single(a => a.Name == name)).ToArray();
            var current = new Dictionary<string, int>(best?.Choice ?? choice, StringComparer.Ordinal);
            foreach (var combination in Combinations(stageAxes))
            {
                var candidate = new Dictionary<string, int>(current, StringComparer.Ordinal);
                for (var k = 0; k < stageAxes.Length; k++) candidate[stageAxes[k].Name] = combination[k];
                var outcome = Evaluate(build, targets, candidate);
                if (outcome is not null && IsBetter(outcome, best)) best = outcome;
            }
        }
        return best ?? throw new ArgumentException("No parameter combination gave a valid synthetic cohort.");
    }

    /// <summary>
    /// Moves observed times so that medians and median limits fall on the printed times: for each
    /// printed time not yet reproduced, the time at which the curve (or band) reaches 0.5 is moved
    /// to the printed time (for a curve sitting on exactly 0.5, the next step is moved so the
    /// midpoint falls there). A move is made only when no other observed time lies between the
    /// old and the new time in any column it touches, so no survival value or interval changes;
    /// it is kept only when it raises the number of reproduced values (or lowers the distance
    /// without losing one). At most four passes.
    /// </summary>
    public static (SyntheticCohort Cohort, List<string> Moves) Adjust(SyntheticCohort cohort, IReadOnlyList<PrintedTarget> targets)
    {
        var moves = new List<string>();
        var (count, distance) = Score(cohort, targets);
        for (var pass = 0; pass < 4; pass++)
        {
            var changed = false;
            foreach (var target in targets)
            {
                if (target.NotReproducibleReason is not null) continue;
                var (value, move) = TargetEvaluation.Evaluate(target, cohort);
                if (move is null || PrintedAgreement.Agrees(value, target.Claim.Printed)) continue;
                var moved = Apply(cohort, move);
                if (moved is null) continue;
                var (c2, d2) = Score(moved, targets);
                if (c2 > count || (c2 == count && d2 < distance - 1e-9))
                {
                    moves.Add(string.Create(CultureInfo.InvariantCulture,
                        $"{move.Endpoint}: {(move.IsEvent ? "event" : "censoring")} time {move.From} moved to {Math.Round(move.To, SyntheticCohort.TimeDecimals)} (for {target.Claim.Id})"));
                    (cohort, count, distance, changed) = (moved, c2, d2, true);
                }
            }
            if (!changed) break;
        }
        return (cohort, moves);
    }

    /// <summary>Printed numbers reproduced, and the total distance.</summary>
    public static (int Reproduced, double Distance) Score(SyntheticCohort cohort, IReadOnlyList<PrintedTarget> targets)
    {
        var count = 0;
        var distance = 0.0;
        foreach (var target in targets)
        {
            if (target.NotReproducibleReason is not null) continue;
            var (value, _) = TargetEvaluation.Evaluate(target, cohort);
            if (PrintedAgreement.Agrees(value, target.Claim.Printed)) count++;
            distance += TargetEvaluation.Distance(target, value);
        }
        return (count, distance);
    }

    private static SearchOutcome? Evaluate(
        Func<IReadOnlyDictionary<string, int>, SyntheticCohort> build, IReadOnlyList<PrintedTarget> targets, Dictionary<string, int> choice)
    {
        SyntheticCohort built;
        try
        {
            built = build(choice);
        }
        catch (ArgumentException)
        {
            return null;   // a combination that gives no valid curve (for example knots out of order)
        }
        var (cohort, moves) = Adjust(built, targets);
        var (count, distance) = Score(cohort, targets);
        return new SearchOutcome(new Dictionary<string, int>(choice, StringComparer.Ordinal), cohort, moves, count, distance);
    }

    private static bool IsBetter(SearchOutcome candidate, SearchOutcome? best) =>
        best is null || candidate.Reproduced > best.Reproduced
        || (candidate.Reproduced == best.Reproduced && candidate.Distance < best.Distance - 1e-9);

    private static IEnumerable<int[]> Combinations(SearchAxis[] axes)
    {
        var index = new int[axes.Length];
        while (true)
        {
            yield return (int[])index.Clone();
            var k = axes.Length - 1;
            while (k >= 0 && ++index[k] == axes[k].Count) index[k--] = 0;
            if (k < 0) yield break;
        }
    }

    private static SyntheticCohort? Apply(SyntheticCohort cohort, TimeMove move)
    {
        var to = Math.Round(move.To, SyntheticCohort.TimeDecimals, MidpointRounding.AwayFromZero);
        if (!(to > 0) || to == move.From) return null;
        var patients = move.Members.Where(i => cohort.Months(move.Endpoint, i) == move.From && cohort.Event(move.Endpoint, i) == move.IsEvent).ToArray();
        if (patients.Length == 0) return null;
        var copy = cohort.Copy();
        var low = Math.Min(move.From, to);
        var high = Math.Max(move.From, to);
        foreach (var endpoint in cohort.Endpoints)
        {
            // The same event recorded under another endpoint (a progression that ends both TTP and PFS) moves with it.
            var movedHere = patients.Where(i => cohort.Months(endpoint, i) == move.From
                && cohort.Event(endpoint, i) == cohort.Event(move.Endpoint, i)).ToHashSet();
            if (endpoint == move.Endpoint && movedHere.Count != patients.Length) return null;
            if (movedHere.Count == 0) continue;
            for (var i = 0; i < cohort.Count; i++)
            {
                if (movedHere.Contains(i)) continue;
                var t = cohort.Months(endpoint, i);
                if (t >= low && t <= high) return null;   // the move would cross or split another observation
            }
            foreach (var i in movedHere) copy.SetOutcome(endpoint, i, to, cohort.Event(endpoint, i));
        }
        return copy;
    }
}
