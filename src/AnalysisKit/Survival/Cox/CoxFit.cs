namespace AnalysisKit.Survival.Cox;

/// <summary>
/// A fitted Cox proportional-hazards model: what <c>summary(coxph(...))</c> reports in R.
/// Produced by <see cref="CoxModel.Fit"/>.
/// </summary>
public sealed record CoxFit
{
    /// <summary>Tie handling used.</summary>
    public required CoxTies Ties { get; init; }

    /// <summary>Number of subjects.</summary>
    public required int N { get; init; }

    /// <summary>Number of events.</summary>
    public required int Events { get; init; }

    /// <summary>Number of strata (1 when not stratified).</summary>
    public required int StrataCount { get; init; }

    /// <summary>Newton–Raphson iterations, as R's <c>fit$iter</c> (MaxIterations + 1 when it ran out).</summary>
    public required int Iterations { get; init; }

    /// <summary>
    /// False when the iterations ran out, or when the log-likelihood converged while a
    /// coefficient was still running to infinity (monotone likelihood); <see cref="Warnings"/> says which.
    /// </summary>
    public required bool Converged { get; init; }

    /// <summary>Coefficients in design order (covariates in the order given, levels in <see cref="Data.LevelOrder"/> order).</summary>
    public required IReadOnlyList<CoxTerm> Terms { get; init; }

    /// <summary>Variance matrix of the coefficients, I⁻¹ (R's <c>fit$var</c>); rows and columns of redundant terms are 0.</summary>
    public required double[,] Variance { get; init; }

    /// <summary>Log partial likelihood at β = 0 (R's <c>loglik[1]</c>).</summary>
    public required double LogLikNull { get; init; }

    /// <summary>Log partial likelihood at the estimate (R's <c>loglik[2]</c>).</summary>
    public required double LogLik { get; init; }

    /// <summary>Likelihood-ratio test −2 (ℓ₀ − ℓ), df = number of estimated (non-redundant) coefficients.</summary>
    public required ChiSquareTest LikelihoodRatioTest { get; init; }

    /// <summary>Wald test βᵀ V⁻¹ β over the estimated coefficients, df = rank of V.</summary>
    public required ChiSquareTest WaldTest { get; init; }

    /// <summary>Score (log-rank) test U(0)ᵀ I(0)⁻¹ U(0) at β = 0.</summary>
    public required ChiSquareTest ScoreTest { get; init; }

    /// <summary>Harrell's concordance of the linear predictor, and its standard error (<see cref="HarrellConcordance"/>).</summary>
    public required ConcordanceResult Concordance { get; init; }

    /// <summary>Linear predictor of each subject in input order, xβ − Σ β·mean (R's <c>fit$linear.predictors</c>).</summary>
    public required IReadOnlyList<double> LinearPredictors { get; init; }

    /// <summary>Warnings in R's words, e.g. "Ran out of iterations and did not converge"; empty for a clean fit.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>How many Newton–Raphson steps were shortened because the log-likelihood fell (step halving).</summary>
    public int StepHalvings { get; init; }

    /// <summary>Level of the hazard-ratio confidence intervals.</summary>
    public required double ConfidenceLevel { get; init; }
}
