namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// How the between-study variance τ² is estimated: metafor's <c>rma(method = ...)</c>.
/// Default <see cref="Reml"/>, as metafor; RevMan and older versions of R's <c>meta</c> use
/// <see cref="DerSimonianLaird"/>, so match the estimator of the analysis being reproduced.
/// </summary>
public enum HeterogeneityEstimator
{
    /// <summary>
    /// Restricted maximum likelihood, <c>method = "REML"</c> (the default). metafor's Fisher
    /// scoring: start at the Hedges estimate max(0, (Σ(yᵢ − ȳ)² − (1 − 1/k)Σvᵢ)/(k − 1)), step
    /// τ² += (Σwᵢ²(yᵢ − μ̂)² − tr P)/tr(P²) with wᵢ = 1/(vᵢ + τ²) (the step halved while it
    /// would make τ² negative), stop when a step changes τ² by no more than the threshold
    /// (metafor: 10⁻⁵), fail after 100 iterations. As metafor, τ² is then set to 0 when the
    /// restricted log-likelihood at τ² = 0 exceeds the one at the estimate by more than 2⁻¹³.
    /// The reported τ² is metafor's last iterate, not the exact optimum (they can differ by more
    /// than 10⁻⁶ relative); see <see cref="RandomEffectsOptions.Threshold"/>.
    /// </summary>
    Reml,

    /// <summary>
    /// DerSimonian–Laird, <c>method = "DL"</c>: τ² = max(0, (Q − (k − 1)) / (Σwᵢ − Σwᵢ²/Σwᵢ)) with
    /// fixed-effect weights wᵢ = 1/vᵢ.
    /// </summary>
    DerSimonianLaird,
}
