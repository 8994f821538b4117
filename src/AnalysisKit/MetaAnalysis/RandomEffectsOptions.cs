namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// Settings of a random-effects model, with metafor's defaults (<c>rma(yi, vi)</c>).
/// </summary>
public sealed record RandomEffectsOptions
{
    /// <summary>Estimator of τ², metafor's <c>method</c> (default REML).</summary>
    public HeterogeneityEstimator Method { get; init; } = HeterogeneityEstimator.Reml;

    /// <summary>
    /// Hartung–Knapp(–Sidik–Jonkman) adjustment, metafor's <c>test = "knha"</c> (default off, which
    /// is <c>test = "z"</c>): the variance of the pooled estimate is multiplied by
    /// Σwᵢ(yᵢ − μ̂)²/(k − 1), and tests, confidence and prediction intervals use the t distribution
    /// with k − 1 degrees of freedom.
    /// </summary>
    public bool KnappHartung { get; init; }

    /// <summary>Confidence level of the intervals, metafor's <c>level</c> (default 0.95).</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>
    /// REML stops once an iteration changes τ² by no more than this, metafor's
    /// <c>control = list(threshold = 1e-5)</c>. Kept at metafor's value so the kit prints what
    /// metafor prints: the REML optimum itself can differ from it by more than 10⁻⁶ (relative).
    /// </summary>
    public double Threshold { get; init; } = 1e-5;

    /// <summary>REML gives up after this many iterations, metafor's <c>control = list(maxiter = 100)</c>.</summary>
    public int MaxIterations { get; init; } = 100;
}
