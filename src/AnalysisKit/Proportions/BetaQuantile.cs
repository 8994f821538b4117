using MathNet.Numerics;

namespace AnalysisKit.Proportions;

/// <summary>
/// Quantiles of the beta distribution, R's <c>qbeta(p, a, b)</c>: the x in (0, 1) with
/// I_x(a, b) = p, where I is the regularized incomplete beta function. Found by Newton steps on
/// I_x(a, b) − p kept inside a shrinking bracket (bisection when a step would leave it), to a
/// relative accuracy near machine precision, so that even tiny bounds such as
/// qbeta(0.025, 1, 10⁶) ≈ 2.5·10⁻⁸ keep all their significant digits.
/// </summary>
internal static class BetaQuantile
{
    /// <summary>The p-quantile of Beta(a, b); p in [0, 1], a and b positive.</summary>
    public static double Of(double p, double a, double b)
    {
        if (!(a > 0) || !(b > 0)) throw new ArgumentOutOfRangeException(nameof(a), "Beta shape parameters must be positive.");
        if (!(p >= 0 && p <= 1)) throw new ArgumentOutOfRangeException(nameof(p), "A probability must lie between 0 and 1.");
        if (p == 0) return 0;
        if (p == 1) return 1;
        // Closed forms for the shapes of the Clopper–Pearson bounds at x = 1 and x = n − 1.
        if (a == 1) return -ExpM1(Log1P(-p) / b);
        if (b == 1) return Math.Exp(Math.Log(p) / a);

        var logBeta = SpecialFunctions.BetaLn(a, b);
        double low = 0, high = 1;
        var x = Math.Clamp(a / (a + b), 1e-300, 1 - 1e-16);
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            var f = SpecialFunctions.BetaRegularized(a, b, x) - p;
            if (f == 0) return x;
            if (f < 0) low = x; else high = x;
            var logDensity = (a - 1) * Math.Log(x) + (b - 1) * Log1P(-x) - logBeta;
            var next = x - f / Math.Exp(logDensity);
            if (!(next > low && next < high))
                next = low > 0 && high / low > 4 ? Math.Sqrt(low * high) : 0.5 * (low + high);
            if (Math.Abs(next - x) <= 4e-16 * x || high - low <= 4e-16 * low) return next;
            x = next;
        }
        return x;
    }

    // log(1 + x) and exp(x) − 1 without cancellation for small x (Kahan's corrections; .NET's
    // double.LogP1 and double.ExpM1 evaluate log(x + 1) and exp(x) − 1 directly).
    internal static double Log1P(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    internal static double ExpM1(double x)
    {
        if (Math.Abs(x) > 0.5) return Math.Exp(x) - 1;
        var u = Math.Exp(x);
        if (u == 1) return x;
        return (u - 1) * x / Math.Log(u);
    }
}
