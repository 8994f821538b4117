using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// Subgroups that do not add up: in a subgroup survival table, the sizes (and event counts)
/// of a row group's rows against the whole-cohort row; in a count table with percentages, the
/// counts of a row group against the patients the table describes.
/// </summary>
public static class SubgroupTotalChecks
{
    /// <summary>Every subgroup-total finding of a trial, table by table.</summary>
    public static IEnumerable<ConsistencyFinding> Check(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        foreach (var table in trial.SurvivalTables)
        {
            if (table.AllPatients is not { } all) continue;
            foreach (var group in table.Rows.Where(r => r.RowGroup != ClaimId.AllRowGroup).GroupBy(r => r.RowGroup))
            {
                foreach (var column in new[] { "n", "events" })
                {
                    if (Total(trial, table.Table, all, column) is not { } total) continue;
                    var rows = group.ToList();
                    if (rows.Any(r => r.Cell(column)?.Value is null)) continue;
                    var sum = rows.Sum(r => (int)r.Cell(column)!.Value!.Value);
                    if (sum == (int)total.Value!.Value) continue;
                    var parts = rows.Select(r => trial.Find(ClaimId.Of(trial.Id, table.Table, r.RowGroup, r.RowLabel, column))!).ToList();
                    var what = column == "n" ? "patients" : $"{table.Endpoint} events";
                    yield return new ConsistencyFinding(trial.Id, ConsistencyCheck.SubgroupTotal,
                        parts.Prepend(total).Select(FindingPlace.Of).ToList(), [],
                        $"{ClaimId.SourceOf(table.Table)} '{group.Key}': {string.Join(" + ", parts.Select(p => p.Text))} = {sum} {what}, "
                        + $"but the whole cohort ('{all.RowLabel}') has {total.Text}.");
                }
            }
        }
        foreach (var table in trial.CountTables.Where(t => t.Population is not null && t.Columns.Any(c => c.Name == "n") && t.Columns.Any(c => c.Name == "pct")))
        {
            foreach (var group in table.Rows.GroupBy(r => r.RowGroup))
            {
                var rows = group.ToList();
                if (rows.Any(r => r.N?.Value is null)) continue;
                var sum = rows.Sum(r => (int)r.N!.Value!.Value);
                if (sum == table.Population) continue;
                var parts = rows.Select(r => trial.Find(ClaimId.Of(trial.Id, table.Table, r.RowGroup, r.RowLabel, "n"))!).ToList();
                yield return new ConsistencyFinding(trial.Id, ConsistencyCheck.SubgroupTotal,
                    parts.Select(FindingPlace.Of).ToList(), [],
                    $"{ClaimId.SourceOf(table.Table)} '{group.Key}': {string.Join(" + ", parts.Select(p => p.Text))} = {sum} patients, "
                    + $"but the table describes {table.Population} patients.");
            }
        }
    }

    private static PublishedValue? Total(Trial trial, string table, SubgroupSurvivalRow all, string column) =>
        trial.Find(ClaimId.Of(trial.Id, table, all.RowGroup, all.RowLabel, column)) is { Value: not null } total ? total : null;
}
