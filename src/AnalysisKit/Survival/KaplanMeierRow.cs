namespace AnalysisKit.Survival;

/// <summary>
/// One row of a Kaplan–Meier table: one distinct observed time (event or censoring), as one
/// row of R's <c>survfit</c> object.
/// </summary>
/// <param name="Time">The observed time.</param>
/// <param name="NRisk">Patients at risk just before <paramref name="Time"/> (followed up to at least this time); R's <c>n.risk</c>.</param>
/// <param name="NEvent">Events at this time; R's <c>n.event</c>.</param>
/// <param name="NCensor">Patients censored at this time; R's <c>n.censor</c>.</param>
/// <param name="Survival">Kaplan–Meier estimate S(t) = Π (1 − dᵢ/nᵢ) over event times up to and including t; R's <c>surv</c>.</param>
/// <param name="StdErr">Standard error of S(t) itself, S(t)·σ(t) (Greenwood), as <c>summary(survfit)$std.err</c>; missing (NaN) where S = 0.</param>
/// <param name="CumulativeHazardStdErr">Greenwood standard error on the cumulative-hazard scale, σ(t) = √Σ dᵢ/(nᵢ(nᵢ − dᵢ)), as <c>survfit$std.err</c>; +∞ once S = 0.</param>
/// <param name="Lower">Lower pointwise confidence limit (see <see cref="ConfidenceIntervalType"/>); NaN where R gives NA.</param>
/// <param name="Upper">Upper pointwise confidence limit; NaN where R gives NA.</param>
public sealed record KaplanMeierRow(
    double Time,
    int NRisk,
    int NEvent,
    int NCensor,
    double Survival,
    double StdErr,
    double CumulativeHazardStdErr,
    double Lower,
    double Upper);
