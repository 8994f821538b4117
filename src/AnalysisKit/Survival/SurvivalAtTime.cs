namespace AnalysisKit.Survival;

/// <summary>
/// The survival estimate read at a chosen time, as one row of R's
/// <c>summary(fit, times = ...)</c>: values are carried forward from the last observed time at
/// or before <paramref name="Time"/>.
/// </summary>
/// <param name="Time">The chosen time.</param>
/// <param name="NRisk">Patients at risk at the chosen time: the number at risk at the first observed time at or after it (0 beyond the last observation), as R reports it.</param>
/// <param name="NEvent">Events after the previous chosen time, up to and including this one.</param>
/// <param name="NCensor">Censorings after the previous chosen time, up to and including this one.</param>
/// <param name="Survival">S(t).</param>
/// <param name="StdErr">Standard error of S(t) (Greenwood).</param>
/// <param name="Lower">Lower pointwise confidence limit.</param>
/// <param name="Upper">Upper pointwise confidence limit.</param>
public sealed record SurvivalAtTime(
    double Time,
    int NRisk,
    int NEvent,
    int NCensor,
    double Survival,
    double StdErr,
    double Lower,
    double Upper);
