using AnalysisKit.Trials;

namespace AnalysisKit.Consistency;

/// <summary>
/// Runs every consistency check over the published numbers of a trial: percentages against
/// their counts and denominators (<see cref="PercentageChecks"/>), subgroups that do not add up
/// (<see cref="SubgroupTotalChecks"/>), impossible landmark rates (<see cref="LandmarkChecks"/>),
/// intervals that do not contain their estimate (<see cref="IntervalChecks"/>) and the same
/// quantity printed differently in two places (<see cref="RepeatedQuantityChecks"/>). Each
/// finding cites the printed numbers it rests on and gives the arithmetic in words.
/// </summary>
public static class ConsistencyChecker
{
    /// <summary>The findings of one trial, check by check in the order above.</summary>
    public static IReadOnlyList<ConsistencyFinding> Check(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return
        [
            .. PercentageChecks.Check(trial),
            .. SubgroupTotalChecks.Check(trial),
            .. LandmarkChecks.Check(trial),
            .. IntervalChecks.Check(trial),
            .. RepeatedQuantityChecks.Check(trial),
        ];
    }
}
