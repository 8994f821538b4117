using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// Landmark survival rates of a subgroup survival table that no Kaplan–Meier curve of the row's
/// size reaches at the printed rounding (<see cref="KaplanMeierAttainability"/>). When every
/// patient of the row had the event, nobody was censored and the rate must be a multiple of 1/n.
/// A rate that passes is checked again with its printed limits and the row's event total
/// (<see cref="PrintedLandmark"/>).
/// </summary>
public static class LandmarkChecks
{
    /// <summary>Every landmark finding of a trial, row by row.</summary>
    public static IEnumerable<ConsistencyFinding> Check(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        foreach (var table in trial.SurvivalTables)
        {
            foreach (var row in table.Rows)
            {
                if (row.N?.Value is not { } nValue || nValue < 1 || nValue > 500) continue;
                var n = (int)nValue;
                var noCensoring = row.Events?.Value is { } events && (int)events == n;
                foreach (var column in table.LandmarkTimes.Select(t => SubgroupSurvivalTable.LandmarkColumns(t)[0]))
                {
                    if (row.Cell(column) is not { Value: { } rate, Decimals: { } decimals } || rate < 0 || rate > 1) continue;
                    if (KaplanMeierAttainability.IsAttainable(n, rate, decimals, noCensoring))
                    {
                        if (WithLimits(trial, table, row, column) is { } finding) yield return finding;
                        continue;
                    }
                    var value = trial.Find(ClaimId.Of(trial.Id, table.Table, row.RowGroup, row.RowLabel, column))!;
                    var size = trial.Find(ClaimId.Of(trial.Id, table.Table, row.RowGroup, row.RowLabel, "n"))!;
                    var places = new List<FindingPlace> { FindingPlace.Of(size) };
                    if (noCensoring) places.Add(FindingPlace.Of(trial.Find(ClaimId.Of(trial.Id, table.Table, row.RowGroup, row.RowLabel, "events"))!));
                    places.Add(FindingPlace.Of(value));
                    var explanation = noCensoring
                        ? $"{ClaimId.SourceOf(table.Table)} '{row.RowGroup}' / '{row.RowLabel}': all {n} patients had the event, so nobody was censored and "
                          + $"the rate at {value.LandmarkTime} {table.TimeUnit} is a multiple of 1/{n} ({Multiples(n, rate, decimals)}); {value.Text} is none of them at {PrintedText.DecimalsInWords(decimals)}."
                        : $"{ClaimId.SourceOf(table.Table)} '{row.RowGroup}' / '{row.RowLabel}': no Kaplan–Meier curve of {n} patients "
                          + $"(a product of factors 1 − d/r with r at most {n}) equals {value.Text} at {PrintedText.DecimalsInWords(decimals)}.";
                    yield return new ConsistencyFinding(trial.Id, ConsistencyCheck.LandmarkAttainability, places, [value.Id], explanation);
                }
            }
        }
    }

    /// <summary>
    /// A rate that some curve reaches alone but not with its printed limits and the row's event
    /// total (<see cref="PrintedLandmark"/>): the rate and its limits are put in doubt.
    /// </summary>
    private static ConsistencyFinding? WithLimits(Trial trial, SubgroupSurvivalTable table, SubgroupSurvivalRow row, string column)
    {
        if (PrintedLandmark.Of(row, column) is not { IsImpossible: true } landmark) return null;
        PublishedValue? Find(string c) => trial.Find(ClaimId.Of(trial.Id, table.Table, row.RowGroup, row.RowLabel, c));
        var counts = new[] { Find("n"), Find("events") }.OfType<PublishedValue>().ToList();
        var printed = new[] { Find(column), Find(column + "_lower"), Find(column + "_upper") }.OfType<PublishedValue>().ToList();
        return new ConsistencyFinding(trial.Id, ConsistencyCheck.LandmarkAttainability, counts.Concat(printed).Select(FindingPlace.Of).ToList(),
            printed.Select(v => v.Id).ToList(),
            $"{ClaimId.SourceOf(table.Table)} '{row.RowGroup}' / '{row.RowLabel}': {landmark.Impossibility}.");
    }

    private static string Multiples(int n, double rate, int decimals)
    {
        var k = (int)Math.Floor(rate * n);
        return string.Join(", ", new[] { k, k + 1 }.Where(j => j >= 0 && j <= n)
            .Select(j => $"{j}/{n} = {PrintedText.Fixed((double)j / n, decimals + 1)}"));
    }
}
