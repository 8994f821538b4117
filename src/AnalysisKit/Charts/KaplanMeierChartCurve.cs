namespace AnalysisKit.Charts;

/// <summary>
/// One Kaplan–Meier curve as the chart draws it, copied from a fitted curve's rows (see
/// <see cref="KaplanMeierChartRequest.From"/>); nothing here is recomputed by the chart.
/// </summary>
/// <param name="Name">The curve's label in the legend and the number-at-risk table.</param>
/// <param name="Times">The step times: 0, then each observed time of the fit (R's <c>survfit0</c> start).</param>
/// <param name="Survival">S(t) from each time on (1 at time 0 unless events happen at 0).</param>
/// <param name="Lower">Lower pointwise confidence limit at each time; null where the fit has none (R's NA, once S = 0).</param>
/// <param name="Upper">Upper pointwise confidence limit at each time; null where the fit has none.</param>
/// <param name="CensorTimes">The times at which patients were censored (one tick per distinct time).</param>
/// <param name="CensorSurvival">S(t) at each censoring time: the ticks sit on the curve.</param>
/// <param name="AtRisk">Number at risk at each of the request's <see cref="KaplanMeierChartRequest.RiskTimes"/>: patients with follow-up ≥ t.</param>
/// <param name="Median">Median survival time, or null when the curve does not reach 0.5.</param>
public sealed record KaplanMeierChartCurve(
    string Name,
    double[] Times,
    double[] Survival,
    double?[] Lower,
    double?[] Upper,
    double[] CensorTimes,
    double[] CensorSurvival,
    int[] AtRisk,
    double? Median);
