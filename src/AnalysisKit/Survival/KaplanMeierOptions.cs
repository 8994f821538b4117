namespace AnalysisKit.Survival;

/// <summary>
/// Options of a Kaplan–Meier fit. Every default is R's: <c>survfit(..., conf.type = "log",
/// conf.int = 0.95)</c> with <c>timefix = TRUE</c>.
/// </summary>
public sealed record KaplanMeierOptions
{
    /// <summary>The options R uses when none are given.</summary>
    public static KaplanMeierOptions Default { get; } = new();

    /// <summary>Transform of the pointwise confidence intervals (R's <c>conf.type</c>); default <see cref="ConfidenceIntervalType.Log"/>.</summary>
    public ConfidenceIntervalType ConfidenceType { get; init; } = ConfidenceIntervalType.Log;

    /// <summary>Confidence level of the intervals, strictly between 0 and 1 (R's <c>conf.int</c>); default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>How quantiles, the median and their intervals are read off the curve; default <see cref="QuantileRule.R"/>.</summary>
    public QuantileRule QuantileRule { get; init; } = QuantileRule.R;

    /// <summary>
    /// Whether follow-up times that differ only by floating-point round-off are merged before
    /// fitting, as R's <c>survfit(..., timefix = TRUE)</c> does through <c>aeqSurv</c>; default true.
    /// </summary>
    public bool MergeRoundOffTies { get; init; } = true;
}
