using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// The count and denominator a printed percentage rests on.
/// </summary>
/// <param name="Count">The count (numerator), or null when the paper prints none.</param>
/// <param name="CountPlaces">The printed counts the numerator comes from (one, or the parts of a pooled count).</param>
/// <param name="CountDescription">How the count was formed, in words ("2 complete + 5 partial responses = 7").</param>
/// <param name="Denominator">The denominator, when printed or inferred in the data; otherwise null.</param>
/// <param name="DenominatorInferred">True when the denominator was worked out rather than printed.</param>
public sealed record PercentageBasis(
    int? Count,
    IReadOnlyList<PublishedValue> CountPlaces,
    string CountDescription,
    int? Denominator,
    bool DenominatorInferred)
{
    /// <summary>
    /// The basis of a percentage: the count printed on the same row (column <c>n</c> for
    /// <c>pct</c>, <c>grade3_n</c> for <c>grade3_pct</c>); for an objective response rate
    /// printed without a count, the sum of the complete and partial responses printed in the
    /// same row group (objective response = CR + PR, as RECIST defines it).
    /// </summary>
    public static PercentageBasis Of(Trial trial, PublishedValue percentage)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(percentage);
        if (percentage.Kind != ValueKind.Percentage)
            throw new ArgumentException($"{percentage.Id} is not a percentage.", nameof(percentage));
        if (percentage.CountColumn is { } countColumn
            && trial.Find(ClaimId.Of(trial.Id, percentage.Table, percentage.RowGroup, percentage.RowLabel, countColumn)) is { Value: { } n } count)
        {
            return new PercentageBasis((int)n, [count], $"{count.Text} printed with it", percentage.Denominator, percentage.DenominatorInferred);
        }
        if (percentage.RowLabel.Contains("objective response", StringComparison.OrdinalIgnoreCase))
        {
            var complete = trial.Find(ClaimId.Of(trial.Id, percentage.Table, percentage.RowGroup, "Complete response", "n"));
            var partial = trial.Find(ClaimId.Of(trial.Id, percentage.Table, percentage.RowGroup, "Partial response", "n"));
            if (complete?.Value is { } cr && partial?.Value is { } pr)
            {
                var sum = (int)(cr + pr);
                return new PercentageBasis(sum, [complete, partial],
                    $"complete responses {complete.Text} + partial responses {partial.Text} = {sum}",
                    percentage.Denominator ?? complete.Denominator, percentage.Denominator is null ? complete.DenominatorInferred : percentage.DenominatorInferred);
            }
        }
        return new PercentageBasis(null, [], "no count printed", percentage.Denominator, percentage.DenominatorInferred);
    }
}
