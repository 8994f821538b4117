using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// Intervals that do not contain their estimate: a confidence limit on the wrong side of the
/// estimate printed on the same row (<c>median_lower</c> above <c>median</c>), a range that
/// does not contain the median or mean printed with it, or a lower limit above the upper one.
/// "NA" (a limit not reached) is an unbounded limit and never fails.
/// </summary>
public static class IntervalChecks
{
    /// <summary>Every interval finding of a trial, in claim order.</summary>
    public static IEnumerable<ConsistencyFinding> Check(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        foreach (var lower in trial.PublishedValues.Where(v => v.Column.EndsWith("_lower", StringComparison.Ordinal) && v.Value is not null))
        {
            var stem = lower.EstimateColumn!;
            var upper = Sibling(trial, lower, stem + "_upper");
            var estimates = stem == "range"
                ? new[] { Sibling(trial, lower, "median"), Sibling(trial, lower, "mean") }.OfType<PublishedValue>().ToList()
                : Sibling(trial, lower, stem) is { } e ? [e] : [];
            if (upper?.Value is { } high && high < lower.Value!.Value)
            {
                yield return new ConsistencyFinding(trial.Id, ConsistencyCheck.IntervalContainsEstimate,
                    [FindingPlace.Of(lower), FindingPlace.Of(upper)], [lower.Id, upper.Id],
                    $"{lower.Quantity}: the lower limit {lower.Text} is above the upper limit {upper.Text}.");
            }
            foreach (var estimate in estimates.Where(e => e.Value is not null && e.Printed.Qualifier.Length == 0))
            {
                var outsideBelow = estimate.Value!.Value < lower.Value!.Value;
                var outsideAbove = upper?.Value is { } top && estimate.Value!.Value > top;
                if (!outsideBelow && !outsideAbove) continue;
                var places = new List<PublishedValue> { estimate, lower };
                if (upper is not null) places.Add(upper);
                var interval = $"[{lower.Text}, {upper?.Text ?? "not printed"}]";
                yield return new ConsistencyFinding(trial.Id, ConsistencyCheck.IntervalContainsEstimate,
                    places.Select(FindingPlace.Of).ToList(), [estimate.Id, outsideBelow ? lower.Id : upper!.Id],
                    $"{estimate.Quantity}: the estimate {estimate.Text} lies {(outsideBelow ? "below" : "above")} its interval {interval} "
                    + $"printed on the same row.");
            }
        }
    }

    private static PublishedValue? Sibling(Trial trial, PublishedValue value, string column) =>
        trial.Find(ClaimId.Of(value.Trial, value.Table, value.RowGroup, value.RowLabel, column));
}
