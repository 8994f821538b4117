namespace AnalysisKit.Survival.Cox;

/// <summary>
/// How tied event times enter the Cox partial likelihood; mirrors the <c>ties =</c> argument of
/// R's <c>coxph(..., ties = c("efron", "breslow"))</c>. The default is <see cref="Efron"/>, as in
/// R (SAS PROC PHREG defaults to Breslow).
/// </summary>
public enum CoxTies
{
    /// <summary>Efron's approximation (default, R's <c>ties = "efron"</c>).</summary>
    Efron = 0,

    /// <summary>Breslow's approximation (R's <c>ties = "breslow"</c>).</summary>
    Breslow = 1,
}
