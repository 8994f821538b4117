namespace AnalysisKit.Survival;

/// <summary>
/// Restricted mean survival time: the area under the Kaplan–Meier curve from 0 to
/// <paramref name="Tau"/>, with its standard error, as <c>summary(fit, rmean = tau)$table</c>
/// reports <c>rmean</c> and <c>se(rmean)</c>.
/// </summary>
/// <param name="Tau">The upper limit of integration.</param>
/// <param name="Mean">∫₀^τ S(t) dt.</param>
/// <param name="StdErr">√Σ over event times tᵢ ≤ τ of A(tᵢ)² · dᵢ/(nᵢ(nᵢ − dᵢ)), A(tᵢ) being the area under the curve from tᵢ to τ (terms with nᵢ = dᵢ count 0, as R).</param>
public sealed record RestrictedMeanSurvival(double Tau, double Mean, double StdErr);
