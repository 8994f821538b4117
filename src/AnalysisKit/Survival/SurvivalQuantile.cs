namespace AnalysisKit.Survival;

/// <summary>
/// A quantile of survival time with its confidence interval. Missing values (the curve or a
/// band never reaches 1 − p) are NaN, as R's NA.
/// </summary>
/// <param name="Probability">p: the fraction of patients who have had the event (0.5 for the median).</param>
/// <param name="Time">The estimated p-quantile.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="Rule">The reading rule used.</param>
public sealed record SurvivalQuantile(double Probability, double Time, double Lower, double Upper, QuantileRule Rule);
