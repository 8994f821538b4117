namespace AnalysisKit.Survival;

/// <summary>
/// How a survival quantile (the time by which a fraction p of patients have had the event;
/// p = 0.5 is the median) and its confidence interval are read off a Kaplan–Meier curve.
/// The default is <see cref="R"/>. Programs differ only on ties of the curve with 1 − p and
/// on the confidence interval, so name the rule next to every reported median.
/// </summary>
public enum QuantileRule
{
    /// <summary>
    /// R's survival package (the default). The p-quantile is where a horizontal line at
    /// 1 − p meets the step curve: the first time t with S(t) ≤ 1 − p; when the curve sits
    /// exactly on 1 − p (within √machine-epsilon) over a flat stretch, the midpoint of that
    /// stretch (its end being the next time the curve drops, or the last observed time when it
    /// never drops again, in <c>quantile.survfit</c>). The confidence limits are the same
    /// reading taken on the lower and the upper pointwise band; a quantile or limit whose line
    /// is never reached is missing. <see cref="KaplanMeierCurve.Quantile"/> follows
    /// <c>quantile.survfit</c>; <see cref="KaplanMeierCurve.Median"/> follows
    /// <c>print.survfit</c> (<c>summary(fit)$table</c>), which differs in one corner case: a
    /// curve that stays on exactly 0.5 to its last observation gives the start of the flat
    /// stretch, not its midpoint.
    /// </summary>
    R = 0,

    /// <summary>
    /// SAS PROC LIFETEST (product-limit method, "Computational Formulas" of its documentation).
    /// Point estimate: q̂ₚ = min{ tⱼ : S(tⱼ) &lt; 1 − p } over the distinct event times tⱼ; when
    /// S(t) equals 1 − p exactly (within √machine-epsilon) from tⱼ to the next event time
    /// tⱼ₊₁, q̂ₚ = (tⱼ + tⱼ₊₁)/2; missing when S never falls below 1 − p.
    /// Confidence interval (Brookmeyer and Crowley 1982, generalised by Klein and
    /// Moeschberger 1997): the event times tⱼ with
    /// |g(S(tⱼ)) − g(1 − p)| ≤ z · g′(S(tⱼ)) · se(S(tⱼ)), g being the curve's
    /// <see cref="ConfidenceIntervalType"/> transform (log-log: g(x) = log(−log x), log:
    /// g(x) = log x, plain: g(x) = x) and se(S) Greenwood's standard error of S. The lower limit
    /// is the first such time; the upper limit is the event time that follows the last such
    /// time (missing when no event time follows). LIFETEST's default transform is log-log
    /// (CONFTYPE=LOGLOG), so choose <see cref="ConfidenceIntervalType.LogLog"/> to reproduce
    /// its default output.
    /// </summary>
    SasLifetest = 1,

    /// <summary>
    /// R's <c>quantile.survfit</c> for the median as well: <see cref="KaplanMeierCurve.Median"/>
    /// returns <c>quantile(fit, probs = 0.5)</c> instead of the <c>print.survfit</c> reading. The
    /// two differ only when a curve (or band) rests on exactly 0.5 (within √machine-epsilon) up to
    /// its last observed time: this rule then gives the midpoint (t₀.₅ + t_last)/2 of the time
    /// t₀.₅ at which the curve reached 0.5 and the last observed time (an event or a censoring),
    /// where <c>print.survfit</c> gives t₀.₅. Example: one death at 2.76 and one patient censored
    /// at 33.02 give S = 0.5 from 2.76 on, median (2.76 + 33.02)/2 = 17.89 by this rule and 2.76
    /// by <see cref="R"/>; a published table printing 17.89 there follows this rule.
    /// Everything else (point, limits on the lower and upper band, <see cref="KaplanMeierCurve.Quantile"/>)
    /// is as <see cref="R"/>.
    /// </summary>
    RQuantileFunction = 2,
}
