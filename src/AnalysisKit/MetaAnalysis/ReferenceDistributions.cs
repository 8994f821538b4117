using AnalysisKit.Proportions;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// Tail probabilities and quantiles of the normal, t and χ² distributions, computed from the
/// regularized incomplete beta and gamma functions so small p-values keep their relative accuracy
/// (R's <c>pnorm</c>, <c>pt</c>, <c>pchisq</c>, <c>qnorm</c>, <c>qt</c>).
/// </summary>
internal static class ReferenceDistributions
{
    /// <summary>2·P(Z ≥ |z|), R's <c>2 * pnorm(abs(z), lower.tail = FALSE)</c>.</summary>
    public static double NormalTwoSided(double z) =>
        double.IsNaN(z) ? double.NaN : 2 * Normal.CDF(0, 1, -Math.Abs(z));

    /// <summary>2·P(T ≥ |t|) for t with <paramref name="df"/> degrees of freedom = I_{df/(df+t²)}(df/2, 1/2).</summary>
    public static double StudentTwoSided(double t, double df)
    {
        if (double.IsNaN(t)) return double.NaN;
        if (double.IsInfinity(t)) return 0;
        return SpecialFunctions.BetaRegularized(df / 2, 0.5, df / (df + t * t));
    }

    /// <summary>P(χ²_df ≥ x), R's <c>pchisq(x, df, lower.tail = FALSE)</c>.</summary>
    public static double ChiSquareUpper(double x, double df) =>
        x <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(df / 2, x / 2);

    /// <summary>The upper α/2 point of the normal distribution for a two-sided interval at <paramref name="level"/>.</summary>
    public static double NormalCritical(double level) => -Normal.InvCDF(0, 1, (1 - level) / 2);

    /// <summary>
    /// The upper α/2 point of the t distribution, R's <c>qt((1 - level)/2, df, lower.tail = FALSE)</c>:
    /// t² / (df + t²) is a Beta(1/2, df/2) variable, so t = √(df·y/(1 − y)) with y its level-quantile.
    /// </summary>
    public static double StudentCritical(double level, double df)
    {
        var y = BetaQuantile.Of(level, 0.5, df / 2);
        return Math.Sqrt(df * y / (1 - y));
    }
}
