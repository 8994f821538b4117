namespace AnalysisKit.Survival.Cox;

/// <summary>
/// One coefficient of a Cox model, as a row of <c>summary(coxph(...))</c>. A term whose column
/// is redundant (collinear with earlier ones) has NaN coefficient, hazard ratio, z and p and a
/// standard error of 0, as R reports NA there.
/// </summary>
/// <param name="Name">Covariate name, or <c>COL=LEVEL</c> for a level of a categorical covariate.</param>
/// <param name="Coefficient">β, the log hazard ratio.</param>
/// <param name="StandardError">√(I⁻¹)ᵢᵢ, from the inverse information matrix at β.</param>
/// <param name="HazardRatio">exp(β).</param>
/// <param name="HazardRatioLower">exp(β − z₁₋α/₂ SE).</param>
/// <param name="HazardRatioUpper">exp(β + z₁₋α/₂ SE).</param>
/// <param name="Z">Wald z = β / SE.</param>
/// <param name="P">Two-sided p = erfc(|z| / √2).</param>
/// <param name="Mean">The value the covariate was centred at (its mean; 0 for a column of −1/0/1 values, which R does not centre).</param>
public sealed record CoxTerm(
    string Name,
    double Coefficient,
    double StandardError,
    double HazardRatio,
    double HazardRatioLower,
    double HazardRatioUpper,
    double Z,
    double P,
    double Mean);
