using AnalysisKit.Consistency;
using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// Computes the fidelity table of synthetic patients against a trial's printed Table 1 counts
/// and subgroup survival tables, with the kit's own Kaplan–Meier and log-rank code
/// (<see cref="SubgroupStatistics"/>) run on the patients exactly as given (read them back from
/// the written file to score what was written).
/// </summary>
public static class FidelityEvaluator
{
    /// <summary>Scores every printed Table 1 count and every printed subgroup-table cell.</summary>
    /// <exception cref="ArgumentException">A patient lacks a column the tables need.</exception>
    public static FidelityTable Evaluate(Trial trial, BaselineSchema schema, IReadOnlyList<SyntheticPatient> patients)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(patients);
        var cells = new List<FidelityCell>();
        var table1 = trial.CountTable("Table1").First(t => t.Columns.Any(c => c.Name == "pct"));
        foreach (var row in table1.Rows)
        {
            var column = schema.Table1Column(row.RowGroup);
            var count = patients.Count(p => Level(p, column) == row.RowLabel);
            var printed = row.N!;
            cells.Add(new FidelityCell("Table1", row.RowGroup, row.RowLabel, "n", "", FidelityCellKinds.Table1Count, PrintedComparison.Of(printed, count)));
        }
        foreach (var table in trial.SurvivalTables)
        {
            foreach (var row in table.Rows)
            {
                var column = row.RowGroup == ClaimId.AllRowGroup ? null : schema.ColumnOf(row.RowGroup)
                    ?? throw new ArgumentException($"No patient column holds the row group '{row.RowGroup}' of {table.Table}.", nameof(schema));
                var members = patients.Where(p => column is null || Level(p, column) == row.RowLabel).ToList();
                var outcomes = members.Select(p => p.Outcome(table.Endpoint)).ToList();
                var values = SubgroupStatistics.Of(outcomes.Select(o => o.Time).ToList(), outcomes.Select(o => o.Event).ToList(), table.LandmarkTimes);
                // A landmark's rate and limits share one reason: it is worked out once per row and landmark.
                var landmarkReasons = new Dictionary<string, string?>();
                foreach (var name in table.ValueColumns)
                {
                    var printed = row.Cell(name);
                    if (printed is null) continue;
                    double value;
                    if (name == "p")
                    {
                        var all = patients.Select(p => p.Outcome(table.Endpoint)).ToList();
                        value = SubgroupStatistics.LogRankP(all.Select(o => o.Time).ToList(), all.Select(o => o.Event).ToList(),
                            patients.Select(p => Level(p, column!)).ToList());
                    }
                    else value = values[name];
                    var comparison = PrintedComparison.Of(printed, value, SubgroupSurvivalTable.MinimumDecimals(name));
                    if (!comparison.Agrees) comparison = comparison with { Reason = ReasonOf(row, name, printed, comparison.Decimals, outcomes, landmarkReasons) };
                    cells.Add(new FidelityCell(table.Table, row.RowGroup, row.RowLabel, name, table.Endpoint, FidelityCellKinds.OfColumn(name), comparison));
                }
            }
        }
        return new FidelityTable(cells);
    }

    /// <summary>A proven reason a cell cannot be met, why the search missed it when that is known, or a plain statement that it did.</summary>
    private static string ReasonOf(SubgroupSurvivalRow row, string column, PrintedNumber printed, int decimals,
        IReadOnlyList<(double Time, bool Event)> outcomes, Dictionary<string, string?> landmarkReasons)
    {
        if (SubgroupSurvivalTable.LandmarkOf(column) is not { } landmark) return NotMet;
        var rateColumn = SubgroupSurvivalTable.LandmarkColumns(landmark)[0];
        if (column == rateColumn && printed.Value is { } rate && row.N?.Value is { } n && n >= 1
            && KaplanMeierAttainability.Witness((int)n, rate, decimals) is null)
            return $"no Kaplan–Meier curve of {(int)n} patients takes the value {printed.Text} at {decimals} decimals";
        if (!landmarkReasons.TryGetValue(rateColumn, out var reason))
            landmarkReasons[rateColumn] = reason = LandmarkReason(row, rateColumn, outcomes);
        return reason ?? NotMet;
    }

    private const string NotMet = "not met by the search (no proof that it is unattainable)";

    /// <summary>
    /// For a missed landmark cell: when no curve of the row's size and events gives the printed
    /// rate with both its limits, says so; when the synthetic patients have a number of events up
    /// to the landmark that none of those curves has, names the numbers that would do
    /// (<see cref="PrintedLandmark"/>). Null when neither is established.
    /// </summary>
    private static string? LandmarkReason(SubgroupSurvivalRow row, string rateColumn, IReadOnlyList<(double Time, bool Event)> outcomes)
    {
        if (PrintedLandmark.Of(row, rateColumn) is not { } landmark) return null;
        var synthetic = outcomes.Count(o => o.Event && o.Time <= landmark.Months);
        // Deciding the synthetic count alone is cheap; the full list only when it fails.
        if (landmark.Allows(synthetic) != false || landmark.AllowedEvents is not { } allowed) return null;
        if (allowed.Count == 0) return landmark.Impossibility;
        return $"{landmark.Printed} at {landmark.Months} months needs {landmark.AllowedInWords} by then among the row's {landmark.N} patients; "
            + $"the synthetic patients have {synthetic} (not met by the search: every row shares their times)";
    }

    private static string Level(SyntheticPatient patient, string column) =>
        patient.Baseline.TryGetValue(column, out var level)
            ? level
            : throw new ArgumentException($"Patient {patient.Patient} has no '{column}' column.", nameof(patient));
}
