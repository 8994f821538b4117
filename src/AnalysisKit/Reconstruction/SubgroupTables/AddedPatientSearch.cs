using System.Globalization;
using AnalysisKit.Consistency;
using AnalysisKit.Survival;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// Adds the enrolled patients outside the tables' population to the synthetic patients of the tables so
/// that the kit's Kaplan–Meier (<see cref="PrintedSurvival.Options"/>: log-transformed
/// Greenwood intervals, the median as R's <c>quantile.survfit</c>) on all of them reproduces
/// the paper's intention-to-treat numbers (whole-cohort PFS events, medians and their CIs, OS
/// medians and their CIs printed about all the enrolled patients).
/// <para>
/// Method: for each end point an exhaustive search over a <see cref="PlacementGrid"/> of times
/// (the treated patients' times, one time inside each gap between them, the times that round
/// to each printed value, their midpoint partners) of every multiset of added patients, each an
/// event or a censoring, scored by the printed cells reproduced; the printed PFS event count
/// fixes how many PFS events are added. The two end points are searched independently, OS
/// placements latest times first and PFS placements earliest times first (the order of
/// enumeration is the tie-break, see <see cref="EndpointPlacementSearch"/>); the first best PFS
/// placement that pairs with the first best OS placement into coherent patients
/// (<see cref="AddedPatient.IsCoherent"/>) is kept; when none pairs, the next best OS
/// placement is tried, and when no best pair exists, PFS is searched again among placements that
/// pair with the first best OS placement. Everything is deterministic: the same treated patients
/// give the same bytes. Its cost grows as the grid size to the power of the patients added
/// (at most <see cref="MostAdded"/>).
/// </para>
/// </summary>
public static class AddedPatientSearch
{
    /// <summary>The most patients the exhaustive search adds (its cost grows as the grid size to this power).</summary>
    public const int MostAdded = 4;

    /// <summary>Finds the added patients for the given treated patients and printed intention-to-treat numbers.</summary>
    /// <param name="treated">The synthetic patients who received the full protocol (numbered 1 to n).</param>
    /// <param name="targets">The printed intention-to-treat numbers; their population minus the treated count is the number added.</param>
    /// <exception cref="ArgumentException">No treated patients, or the population is not larger than the treated count by 1 to <see cref="MostAdded"/>.</exception>
    public static AddedPatientsResult Find(IReadOnlyList<SyntheticPatient> treated, IntentionToTreatTargets targets)
    {
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(targets);
        if (treated.Count == 0)
            throw new ArgumentException("There are no synthetic patients of the tables to add the other enrolled patients to.", nameof(treated));
        var added = targets.Population - treated.Count;
        if (added < 1 || added > MostAdded)
            throw new ArgumentException(
                $"The intention-to-treat population ({targets.Population} patients) must exceed the {treated.Count} treated patients by 1 to {MostAdded}; "
                + $"it exceeds them by {added}.", nameof(targets));

        var searches = IntentionToTreatTargets.Endpoints.ToDictionary(e => e, e => Search(treated, targets, e, added));
        var os = searches["OS"];
        var pfs = searches["PFS"];
        // The two end points are searched independently (in parallel; each alone is deterministic).
        var osRun = Task.Run(() => os.Run(latestFirst: true));
        var pfsRun = Task.Run(() => pfs.Run(latestFirst: false));
        var (osBest, osPlacements) = osRun.GetAwaiter().GetResult();
        var (pfsBest, pfsPlacements) = pfsRun.GetAwaiter().GetResult();
        var evaluated = os.Evaluated + pfs.Evaluated;
        var reached = new Dictionary<string, IReadOnlySet<int>> { ["OS"] = os.Reached, ["PFS"] = pfs.Reached };
        int[]? pairing = null;
        Placement? osChosen = null, pfsChosen = null;
        foreach (var o in osPlacements)
        {
            foreach (var p in pfsPlacements)
            {
                if (Pair(p, o) is not { } found) continue;
                (pairing, osChosen, pfsChosen) = (found, o, p);
                break;
            }
            if (pairing is not null) break;
        }
        if (pairing is null)
        {
            osChosen = osPlacements[0];
            var (_, constrained) = pfs.Run(latestFirst: false, p => Pair(p, osChosen) is not null);
            evaluated += pfs.Evaluated;
            pfsChosen = constrained.Count > 0 ? constrained[0]
                : throw new ArgumentException("No PFS placement of the added patients pairs coherently with their OS.", nameof(targets));
            pairing = Pair(pfsChosen, osChosen)!;
        }

        var patients = Enumerable.Range(0, added)
            .Select(i => (Pfs: (pfsChosen!.Time[i], pfsChosen.Event[i]), Os: (osChosen!.Time[pairing[i]], osChosen.Event[pairing[i]])))
            .OrderBy(p => p.Pfs.Item1).ThenBy(p => p.Pfs.Item2 ? 0 : 1).ThenBy(p => p.Os.Item1).ThenBy(p => p.Os.Item2 ? 0 : 1)
            .Select((p, i) => new AddedPatient(treated.Count + 1 + i, p.Pfs.Item1, p.Pfs.Item2, p.Os.Item1, p.Os.Item2))
            .ToList();
        var cells = Evaluate(treated, patients, targets)
            .Select(c => c.Comparison.Agrees ? c : c with { Comparison = c.Comparison with { Reason = ReasonOf(c, targets, reached[c.Endpoint], added) } })
            .ToList();
        var grid = searches.Select(s => $"{s.Key}: {s.Value.Grid.Describe()}").ToList();
        return new AddedPatientsResult(targets, patients, cells, grid, evaluated, pfsBest + osBest);
    }

    /// <summary>
    /// The intention-to-treat cells recomputed by the kit's own Kaplan–Meier
    /// (<see cref="KaplanMeier"/> with <see cref="PrintedSurvival.Options"/>) on the treated
    /// plus the added patients, compared at each number's printed decimals (<see cref="PrintedAgreement"/>).
    /// </summary>
    public static IReadOnlyList<FidelityCell> Evaluate(
        IReadOnlyList<SyntheticPatient> treated, IReadOnlyList<AddedPatient> added, IntentionToTreatTargets targets)
    {
        ArgumentNullException.ThrowIfNull(treated);
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(targets);
        var cells = new List<FidelityCell>();
        foreach (var endpoint in IntentionToTreatTargets.Endpoints)
        {
            var outcomes = treated.Select(p => p.Outcome(endpoint)).Concat(added.Select(p => p.Outcome(endpoint))).ToList();
            var median = KaplanMeier.Fit(outcomes.Select(o => o.Time).ToList(), outcomes.Select(o => o.Event).ToList(), PrintedSurvival.Options).Median;
            foreach (var column in IntentionToTreatTargets.Columns)
            {
                if (targets.Cell(endpoint, column) is not { } printed) continue;
                var value = column switch
                {
                    "events" => outcomes.Count(o => o.Event),
                    "median" => median.Time,
                    "median_lower" => median.Lower,
                    _ => median.Upper,
                };
                cells.Add(new FidelityCell(printed.Table, printed.RowGroup, printed.RowLabel, printed.Column, endpoint,
                    column == "events" ? FidelityCellKinds.Events : FidelityCellKinds.OfColumn(column), PrintedComparison.Of(printed.Printed, value)));
            }
        }
        return cells;
    }

    private static EndpointPlacementSearch Search(IReadOnlyList<SyntheticPatient> treated, IntentionToTreatTargets targets, string endpoint, int added)
    {
        var outcomes = treated.Select(p => p.Outcome(endpoint)).ToList();
        return new EndpointPlacementSearch(outcomes.Select(o => o.Time).ToList(), outcomes.Select(o => o.Event).ToList(), added,
            IntentionToTreatTargets.Columns.Select(c => targets.Cell(endpoint, c)).ToList());
    }

    /// <summary>For each PFS outcome, the index of the OS outcome it pairs with (first coherent permutation), or null.</summary>
    private static int[]? Pair(Placement pfs, Placement os)
    {
        var n = pfs.Time.Length;
        var used = new bool[n];
        var chosen = new int[n];
        bool Assign(int i)
        {
            if (i == n) return true;
            for (var j = 0; j < n; j++)
            {
                if (used[j] || !AddedPatient.IsCoherentPair(pfs.Time[i], pfs.Event[i], os.Time[j], os.Event[j])) continue;
                used[j] = true;
                chosen[i] = j;
                if (Assign(i + 1)) return true;
                used[j] = false;
            }
            return false;
        }
        return Assign(0) ? chosen : null;
    }

    private static string ReasonOf(FidelityCell cell, IntentionToTreatTargets targets, IReadOnlySet<int> reached, int added)
    {
        var bit = 1 << IntentionToTreatTargets.Columns.ToList().IndexOf(cell.Column);
        if (!reached.Any(m => (m & bit) != 0))
            return string.Create(CultureInfo.InvariantCulture,
                $"no placement of the {added} added patients on the grid reproduces it (the treated patients' curve leaves no room)");
        var others = IntentionToTreatTargets.Columns
            .Where(c => c != cell.Column && targets.Cell(cell.Endpoint, c) is not null)
            .ToList();
        var withAll = reached.Where(m => (m & bit) != 0).Max(int.PopCount);
        var best = reached.Max(int.PopCount);
        return string.Create(CultureInfo.InvariantCulture,
            $"some placement on the grid reproduces it, but never together with more than {withAll - 1} of the other {others.Count} {cell.Endpoint} cells ({string.Join(", ", others)}); the best placements reproduce {best}");
    }
}

/// <summary>The outcome of <see cref="AddedPatientSearch.Find"/>.</summary>
/// <param name="Targets">The printed intention-to-treat numbers.</param>
/// <param name="Patients">The added patients, numbered after the tables' patients.</param>
/// <param name="Cells">Every printed intention-to-treat number with the kit's value on treated plus added patients.</param>
/// <param name="Grid">Per end point, the size of the grid searched.</param>
/// <param name="Evaluated">Placements scored in all.</param>
/// <param name="BestScore">Largest number of printed cells reproduced (PFS best plus OS best, each searched alone).</param>
public sealed record AddedPatientsResult(
    IntentionToTreatTargets Targets,
    IReadOnlyList<AddedPatient> Patients,
    IReadOnlyList<FidelityCell> Cells,
    IReadOnlyList<string> Grid,
    long Evaluated,
    int BestScore);
