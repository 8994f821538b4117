using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// The same quantity printed differently in two places: a subgroup's size in two tables
/// (Table 1 and the subgroup survival tables describe the same patients), or in a table and in
/// running text that names the subgroup with the table's row names (the discussion's "all
/// selected according to BCLC stage C" as row group BCLC, row label Stage C); the whole-cohort median,
/// its limits, event counts and landmark rates of an endpoint in the abstract, the results text
/// and the subgroup table of that endpoint; a subgroup's median repeated between sentences; and a
/// log-rank p given in the text and in the table row group it names. Two printed numbers agree
/// when the one with more decimals rounds to the other.
/// </summary>
public static class RepeatedQuantityChecks
{
    /// <summary>Every repeated-quantity finding of a trial.</summary>
    public static IEnumerable<ConsistencyFinding> Check(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var statements = trial.PublishedValues
            .Where(v => !ClaimId.IsTableName(v.Table))
            .Select(v => (Value: v, Key: SurvivalStatementKey.Of(v)))
            .Where(s => s.Key is not null)
            .ToList();

        // Clusters of one quantity: (endpoint, subgroup, column, population) in running text,
        // joined by the whole-cohort row of the endpoint's table.
        var clusters = new List<List<PublishedValue>>();
        foreach (var group in statements.Where(s => s.Value.Column != "p")
                     .GroupBy(s => (s.Key!.Endpoint, s.Key.Subgroup, s.Value.Column, Population: string.Join(",", s.Key.Populations))))
        {
            clusters.Add(group.Select(s => s.Value).ToList());
        }
        foreach (var table in trial.SurvivalTables)
        {
            if (table.AllPatients is not { } all) continue;
            var patients = all.N?.Value is { } n ? (int)n : -1;
            foreach (var column in table.ValueColumns.Where(c => c != "p"))
            {
                if (trial.Find(ClaimId.Of(trial.Id, table.Table, all.RowGroup, all.RowLabel, column)) is not { } cell) continue;
                var linked = statements
                    .Where(s => s.Key!.Endpoint == table.Endpoint && s.Key.Subgroup is null && s.Value.Column == column && s.Key.Covers(patients))
                    .Select(s => s.Value).ToList();
                if (linked.Count > 0) clusters.Add([cell, .. linked]);
            }
        }
        // A subgroup's size printed in several tables (Table 1, and Tables 4-6 for the same patients),
        // or in a table and in a sentence that uses the table's row names.
        var sizes = trial.PublishedValues
            .Where(v => v.Column == "n" && v.Kind == ValueKind.Count && v.RowGroup != ClaimId.AllRowGroup && v.Value is not null)
            .GroupBy(v => (v.RowGroup, v.RowLabel))
            .Where(g => g.Any(v => ClaimId.IsTableName(v.Table)) && g.Select(v => v.Table).Distinct().Count() > 1);
        var sizeClusters = sizes.Select(g => g.ToList()).ToList();

        foreach (var cluster in clusters.Where(c => c.Count > 1))
        {
            var contradicted = cluster.Where(a => cluster.Any(b => !PercentageChecks.PrintedAgree(a.Printed, b.Printed))).ToList();
            if (contradicted.Count == 0) continue;
            var first = cluster[0];
            yield return new ConsistencyFinding(trial.Id, ConsistencyCheck.SameQuantityPrintedDifferently,
                cluster.Select(FindingPlace.Of).ToList(), contradicted.Select(c => c.Id).ToList(),
                $"{first.Quantity} is printed {string.Join(", ", cluster.Select(c => $"{c.Text} ({c.Source} line {c.SeedLine})"))}; "
                + "these cannot all be the same number at their printed rounding.");
        }
        foreach (var cluster in sizeClusters)
        {
            if (cluster.All(c => c.Value == cluster[0].Value)) continue;
            var first = cluster[0];
            yield return new ConsistencyFinding(trial.Id, ConsistencyCheck.SameQuantityPrintedDifferently,
                cluster.Select(FindingPlace.Of).ToList(), cluster.Select(c => c.Id).ToList(),
                $"the number of patients with {first.RowGroup} = {first.RowLabel} is printed "
                + $"{string.Join(", ", cluster.Select(c => $"{c.Text} ({c.Source} line {c.SeedLine})"))}; "
                + (cluster.All(c => ClaimId.IsTableName(c.Table)) ? "the tables describe the same patients." : "the tables and the text describe the same patients.")
                + WordedReadings(cluster));
        }

        // Log-rank p in the text against the p of the table row group(s) the sentence names.
        foreach (var (statement, key) in statements.Where(s => s.Value.Column == "p" && s.Key!.Subgroup is not null))
        {
            foreach (var table in trial.SurvivalTables.Where(t => t.Endpoint == key!.Endpoint))
            {
                var groups = SurvivalStatementKey.MatchingRowGroups(key!.Subgroup!, table.Rows.Select(r => r.RowGroup).Where(g => g != ClaimId.AllRowGroup));
                var printed = groups
                    .Select(g => table.Rows.FirstOrDefault(r => r.RowGroup == g && r.P is not null))
                    .OfType<SubgroupSurvivalRow>()
                    .Select(r => trial.Find(ClaimId.Of(trial.Id, table.Table, r.RowGroup, r.RowLabel, "p"))!)
                    .ToList();
                if (printed.Count == 0 || printed.Any(p => PercentageChecks.PrintedAgree(p.Printed, statement.Printed))) continue;
                yield return new ConsistencyFinding(trial.Id, ConsistencyCheck.SameQuantityPrintedDifferently,
                    printed.Prepend(statement).Select(FindingPlace.Of).ToList(), printed.Prepend(statement).Select(p => p.Id).ToList(),
                    $"{statement.Quantity} is printed {statement.Text} ({statement.Source} line {statement.SeedLine}) but "
                    + string.Join(" and ", printed.Select(p => $"{p.Text} for '{p.RowGroup}' ({p.Source} line {p.SeedLine})")) + ".");
            }
        }
    }

    /// <summary>" ('all' reads as 34)" for the places that print a count in words; empty when every place prints digits.</summary>
    private static string WordedReadings(IReadOnlyList<PublishedValue> cluster)
    {
        var worded = cluster.Where(c => c.Text != PrintedText.Short(c.Value!.Value)).Select(c => $"'{c.Text}' reads as {PrintedText.Short(c.Value!.Value)}").ToList();
        return worded.Count == 0 ? "" : $" ({string.Join(", ", worded)})";
    }
}
