namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// A random-effects model without moderators, as metafor's <c>rma.uni</c> object together with
/// <c>predict(fit)</c> and <c>weights(fit)</c>. All values are on the analysis scale (logit or
/// double arcsine); <see cref="ProportionMetaAnalysisResult"/> carries the proportions.
/// </summary>
/// <param name="K">Number of studies.</param>
/// <param name="Method">Estimator of τ².</param>
/// <param name="KnappHartung">True when the Hartung–Knapp adjustment (<c>test = "knha"</c>) was used.</param>
/// <param name="Level">Confidence level of the intervals.</param>
/// <param name="Estimate">Pooled estimate μ̂ = Σwᵢyᵢ/Σwᵢ, wᵢ = 1/(vᵢ + τ²) (metafor <c>beta</c>).</param>
/// <param name="StandardError">Its standard error, √(1/Σwᵢ), times √(Σwᵢ(yᵢ − μ̂)²/(k − 1)) under Hartung–Knapp (0 when that sum is ≤ machine epsilon) (<c>se</c>).</param>
/// <param name="Statistic">μ̂ / SE: a z value, or a t value under Hartung–Knapp (<c>zval</c>); infinite when the SE is 0.</param>
/// <param name="DegreesOfFreedom">k − 1 for the t distribution under Hartung–Knapp; null for z (<c>ddf</c>).</param>
/// <param name="P">Two-sided p-value of μ = 0 (<c>pval</c>).</param>
/// <param name="CiLower">Lower confidence bound μ̂ − crit·SE (<c>ci.lb</c>).</param>
/// <param name="CiUpper">Upper confidence bound (<c>ci.ub</c>).</param>
/// <param name="PredictionLower">Lower prediction bound μ̂ − crit·√(SE² + τ²), crit from z or from t with k − 1 df under Hartung–Knapp (<c>predict(fit)$pi.lb</c>).</param>
/// <param name="PredictionUpper">Upper prediction bound (<c>pi.ub</c>).</param>
/// <param name="Tau2">Between-study variance τ², truncated at 0 (<c>tau2</c>).</param>
/// <param name="Tau2StandardError">Its standard error (<c>se.tau2</c>); NaN for a single study.</param>
/// <param name="I2">I² in percent, 100·τ²/(τ² + s²) with typical within-study variance s² = (k − 1)/(Σwᵢ − Σwᵢ²/Σwᵢ), wᵢ = 1/vᵢ (<c>I2</c>).</param>
/// <param name="H2">H² = τ²/s² + 1 (<c>H2</c>).</param>
/// <param name="Q">Cochran's Q = Σ(yᵢ − μ̂_FE)²/vᵢ (<c>QE</c>).</param>
/// <param name="QDegreesOfFreedom">k − 1.</param>
/// <param name="QP">P(χ²_{k−1} ≥ Q) (<c>QEp</c>).</param>
/// <param name="Weights">Percentage weight of each study, 100·wᵢ/Σwᵢ, in input order (<c>weights(fit)</c>).</param>
/// <param name="Iterations">Fisher scoring iterations for REML; 0 for DerSimonian–Laird.</param>
public sealed record RandomEffectsFit(
    int K, HeterogeneityEstimator Method, bool KnappHartung, double Level,
    double Estimate, double StandardError, double Statistic, int? DegreesOfFreedom, double P,
    double CiLower, double CiUpper, double PredictionLower, double PredictionUpper,
    double Tau2, double Tau2StandardError, double I2, double H2,
    double Q, int QDegreesOfFreedom, double QP,
    IReadOnlyList<double> Weights, int Iterations);
