using AnalysisKit.Survival;

namespace AnalysisKit.Consistency;

/// <summary>
/// How the kit computes a survival number that it compares with a printed one: the reproduction
/// ledger, the reconstructions' fidelity tables and searches, and the consistency checks all fit
/// Kaplan–Meier curves with these options. The median and its confidence limits are R's
/// <c>quantile(fit, probs = 0.5)</c> (<c>quantile.survfit</c>, <see cref="QuantileRule.RQuantileFunction"/>):
/// a curve that rests on exactly 0.5 up to its last observation gives the midpoint of the time it
/// reached 0.5 and that last observation, which a published subgroup table prints (one death at
/// 2.76 and one censoring at 33.02: median 17.89) and <c>print.survfit</c> does not (2.76).
/// Elsewhere the two readings are the same. Intervals are log-transformed Greenwood intervals
/// (R's default <c>conf.type = "log"</c>) unless the paper's transform is known
/// (<see cref="With"/>). Users' own analyses and the command-line program keep
/// <see cref="KaplanMeierOptions.Default"/>, which reads the median as <c>print.survfit</c> does.
/// </summary>
public static class PrintedSurvival
{
    /// <summary>The reading of medians compared with printed ones: <see cref="QuantileRule.RQuantileFunction"/>.</summary>
    public const QuantileRule MedianRule = QuantileRule.RQuantileFunction;

    /// <summary>The Kaplan–Meier options: log-transformed 95% intervals and <see cref="MedianRule"/>.</summary>
    public static KaplanMeierOptions Options { get; } = new() { ConfidenceType = ConfidenceIntervalType.Log, QuantileRule = MedianRule };

    /// <summary><see cref="Options"/> with the intervals' transform the paper used.</summary>
    public static KaplanMeierOptions With(ConfidenceIntervalType type) =>
        type == Options.ConfidenceType ? Options : Options with { ConfidenceType = type };
}
