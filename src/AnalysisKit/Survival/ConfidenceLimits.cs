using MathNet.Numerics.Distributions;

namespace AnalysisKit.Survival;

/// <summary>Pointwise confidence limits of a survival estimate, as R's <c>survfit_confint</c> (logse = TRUE).</summary>
internal static class ConfidenceLimits
{
    /// <summary>z = Φ⁻¹(1 − (1 − level)/2), R's <c>qnorm(1 - (1 - conf.int)/2)</c>.</summary>
    public static double Z(double level) => Normal.InvCDF(0, 1, 1 - (1 - level) / 2);

    /// <summary>
    /// Limits for survival <paramref name="s"/> with cumulative-hazard-scale standard error
    /// <paramref name="sigma"/>. NaN where R gives NA or NaN.
    /// </summary>
    public static (double Lower, double Upper) Of(double s, double sigma, ConfidenceIntervalType type, double z)
    {
        switch (type)
        {
            case ConfidenceIntervalType.Plain:
            {
                var half = sigma * s * z;                       // Inf * 0 = NaN once S = 0, as R
                return (Math.Max(s - half, 0), Math.Min(s + half, 1));
            }
            case ConfidenceIntervalType.Log:
            {
                if (s == 0) return (double.NaN, double.NaN);
                var half = z * sigma;
                return (Math.Exp(Math.Log(s) - half), Math.Min(Math.Exp(Math.Log(s) + half), 1));
            }
            case ConfidenceIntervalType.LogLog:
            {
                if (s == 0 || s == 1) return (double.NaN, double.NaN);
                var half = z * sigma / Math.Log(s);
                var loglog = Math.Log(-Math.Log(s));
                return (Math.Exp(-Math.Exp(loglog - half)), Math.Exp(-Math.Exp(loglog + half)));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "unknown confidence interval type.");
        }
    }
}
