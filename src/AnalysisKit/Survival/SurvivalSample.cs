using AnalysisKit.Data;

namespace AnalysisKit.Survival;

/// <summary>
/// Subjects made ready once for every estimator that reads them (Kaplan–Meier by group, the
/// log-rank test): times equal up to round-off merged as R's <c>aeqSurv</c>
/// (<see cref="RoundOffTies"/>, <c>timefix = TRUE</c>), groups and strata as factor levels
/// (<see cref="LabelColumn"/>), and the walking order R's <c>order(strata, time, -status)</c>
/// (<see cref="SurvivalOrder"/>), computed when first needed and then shared.
/// </summary>
public sealed class SurvivalSample
{
    private int[]? _order;
    private int[]? _orderByTime;

    private SurvivalSample(double[] time, bool[] died, LabelColumn? group, LabelColumn? strata, bool roundOffTiesMerged)
    {
        Time = time;
        Died = died;
        Group = group;
        Strata = strata;
        RoundOffTiesMerged = roundOffTiesMerged;
    }

    /// <summary>Checks and prepares the subjects.</summary>
    /// <param name="time">Follow-up time of each subject (finite, 0 or more).</param>
    /// <param name="died">True when follow-up ended with the event, false when censored.</param>
    /// <param name="group">Group of each subject, or null.</param>
    /// <param name="strata">Stratum of each subject (R's <c>strata()</c> term), or null.</param>
    /// <param name="mergeRoundOffTies">Merge times equal up to round-off (R's <c>timefix</c>); default true.</param>
    /// <exception cref="ArgumentException">No subjects, lists of different lengths, or a negative or non-finite time.</exception>
    public static SurvivalSample Of(IReadOnlyList<double> time, IReadOnlyList<bool> died,
        LabelColumn? group = null, LabelColumn? strata = null, bool mergeRoundOffTies = true)
    {
        SurvivalArguments.CheckTimesAndEvents(time, died);
        if (group is not null) SurvivalArguments.CheckLength(time.Count, group.Count, "group labels", nameof(group));
        if (strata is not null) SurvivalArguments.CheckLength(time.Count, strata.Count, "strata labels", nameof(strata));
        var merged = mergeRoundOffTies ? RoundOffTies.Merge(time) : time.ToArray();
        return new SurvivalSample(merged, died.ToArray(), group, strata, mergeRoundOffTies);
    }

    /// <summary>Number of subjects.</summary>
    public int Count => Time.Length;

    /// <summary>Follow-up times, round-off ties merged when <see cref="RoundOffTiesMerged"/>.</summary>
    internal double[] Time { get; }

    /// <summary>Event indicators.</summary>
    internal bool[] Died { get; }

    /// <summary>Group of each subject, or null.</summary>
    public LabelColumn? Group { get; }

    /// <summary>Stratum of each subject, or null.</summary>
    public LabelColumn? Strata { get; }

    /// <summary>Whether times equal up to round-off were merged (R's <c>timefix = TRUE</c>).</summary>
    public bool RoundOffTiesMerged { get; }

    /// <summary>Subject indices by stratum, time, events before censorings, input position (R's <c>order(strata, time, -status)</c>).</summary>
    internal int[] Order => _order ??= SurvivalOrder.ByStratumAndTime(Strata?.LevelIndex, Time, Died);

    /// <summary>Subject indices by time, events before censorings, input position, strata ignored (the same array as <see cref="Order"/> without strata).</summary>
    internal int[] OrderByTime => Strata is null ? Order : _orderByTime ??= SurvivalOrder.ByStratumAndTime(null, Time, Died);
}
