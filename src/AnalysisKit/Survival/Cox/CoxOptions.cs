namespace AnalysisKit.Survival.Cox;

/// <summary>
/// Settings of a Cox fit, with R's defaults (<c>coxph(ties = "efron")</c> and
/// <c>coxph.control(eps = 1e-9, iter.max = 20, toler.chol = .Machine$double.eps^0.75,
/// toler.inf = sqrt(eps))</c>).
/// </summary>
public sealed record CoxOptions
{
    /// <summary>Handling of tied event times; default <see cref="CoxTies.Efron"/>.</summary>
    public CoxTies Ties { get; init; } = CoxTies.Efron;

    /// <summary>Maximum Newton–Raphson iterations (R's <c>iter.max</c>, default 20).</summary>
    public int MaxIterations { get; init; } = 20;

    /// <summary>Convergence criterion on the relative change of the log partial likelihood, |1 − ℓ_old/ℓ_new| ≤ eps (R's <c>eps</c>, default 1e-9).</summary>
    public double Epsilon { get; init; } = 1e-9;

    /// <summary>Pivot tolerance of the Cholesky decomposition below which a column is declared redundant (R's <c>toler.chol</c>, default 2^-39 ≈ 1.8e-12).</summary>
    public double CholeskyTolerance { get; init; } = Math.Pow(2.220446049250313e-16, 0.75);

    /// <summary>Level of the hazard-ratio confidence intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>The defaults: Efron ties, 20 iterations, eps = 1e-9, 95% intervals.</summary>
    public static CoxOptions Default { get; } = new();
}
