using MathNet.Numerics;

namespace AnalysisKit.Survival;

/// <summary>
/// Upper-tail probabilities computed directly from the tail (never as <c>1 - CDF</c>, which
/// loses every digit once p is below about 1e-16).
/// </summary>
public static class TailProbability
{
    /// <summary>
    /// P(X ≥ <paramref name="statistic"/>) for X ~ χ² with <paramref name="degreesOfFreedom"/>
    /// degrees of freedom: Q(df/2, x/2), the regularized upper incomplete gamma function, as R's
    /// <c>pchisq(x, df, lower.tail = FALSE)</c>. NaN when the statistic is NaN or df is not positive.
    /// </summary>
    public static double ChiSquareUpper(double statistic, double degreesOfFreedom)
    {
        if (double.IsNaN(statistic) || !(degreesOfFreedom > 0)) return double.NaN;
        if (statistic <= 0) return 1.0;
        if (double.IsPositiveInfinity(statistic)) return 0.0;
        return SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2, statistic / 2);
    }

    /// <summary>
    /// Two-sided normal p-value P(|Z| ≥ |z|) = erfc(|z| / √2), as R's
    /// <c>2 * pnorm(-abs(z))</c>. NaN when z is NaN.
    /// </summary>
    public static double NormalTwoSided(double z)
    {
        if (double.IsNaN(z)) return double.NaN;
        return SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));
    }
}
