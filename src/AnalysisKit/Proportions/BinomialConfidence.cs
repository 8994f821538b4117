using MathNet.Numerics.Distributions;

namespace AnalysisKit.Proportions;

/// <summary>
/// Confidence intervals for one binomial proportion x/n (R's <c>binom.test</c> and
/// <c>prop.test</c>); see <see cref="BinomialIntervalMethod"/> for the formulas.
/// </summary>
public static class BinomialConfidence
{
    /// <summary>
    /// The two-sided interval for <paramref name="events"/> out of <paramref name="trials"/>.
    /// </summary>
    /// <param name="events">Number of events x, 0 ≤ x ≤ n.</param>
    /// <param name="trials">Number of patients n, at least 1.</param>
    /// <param name="level">Confidence level strictly between 0 and 1 (default 0.95).</param>
    /// <param name="method">Interval method (default exact Clopper–Pearson, as <c>binom.test</c>).</param>
    /// <exception cref="ArgumentException">Counts that cannot describe a proportion, or a level outside (0, 1).</exception>
    public static BinomialInterval Compute(int events, int trials, double level = 0.95,
        BinomialIntervalMethod method = BinomialIntervalMethod.ClopperPearson)
    {
        Validate(events, trials, level);
        var (lower, upper) = method switch
        {
            BinomialIntervalMethod.ClopperPearson => ClopperPearsonBounds(events, trials, level),
            BinomialIntervalMethod.Wilson => WilsonBounds(events, trials, level, 0),
            BinomialIntervalMethod.WilsonContinuityCorrected =>
                WilsonBounds(events, trials, level, Math.Min(0.5, Math.Abs(events - 0.5 * trials))),
            _ => throw new ArgumentException($"Unknown interval method {method}.", nameof(method)),
        };
        return new BinomialInterval(events, trials, level, method, (double)events / trials, lower, upper);
    }

    /// <summary>Exact Clopper–Pearson interval, as R's <c>binom.test(x, n, conf.level = level)$conf.int</c>.</summary>
    public static BinomialInterval ClopperPearson(int events, int trials, double level = 0.95) =>
        Compute(events, trials, level, BinomialIntervalMethod.ClopperPearson);

    /// <summary>Wilson score interval, as R's <c>prop.test(x, n, conf.level = level, correct = FALSE)$conf.int</c>.</summary>
    public static BinomialInterval Wilson(int events, int trials, double level = 0.95) =>
        Compute(events, trials, level, BinomialIntervalMethod.Wilson);

    private static void Validate(int events, int trials, double level)
    {
        if (trials <= 0)
            throw new ArgumentException($"The number of patients is {trials}; a proportion needs at least one patient.", nameof(trials));
        if (events < 0)
            throw new ArgumentException($"The number of events is negative ({events}); it must be between 0 and the number of patients.", nameof(events));
        if (events > trials)
            throw new ArgumentException($"There are more events ({events}) than patients ({trials}); events must not exceed the number of patients.", nameof(events));
        if (!(level > 0 && level < 1))
            throw new ArgumentException($"The confidence level is {level}; it must lie strictly between 0 and 1 (for example 0.95).", nameof(level));
    }

    private static (double Lower, double Upper) ClopperPearsonBounds(int x, int n, double level)
    {
        var alpha = (1 - level) / 2;
        var lower = x == 0 ? 0 : BetaQuantile.Of(alpha, x, n - x + 1);
        var upper = x == n ? 1 : BetaQuantile.Of(1 - alpha, x + 1, n - x);
        return (lower, upper);
    }

    // prop.test's one-sample interval; correction is the continuity correction c.
    private static (double Lower, double Upper) WilsonBounds(int x, int n, double level, double correction)
    {
        var z = Normal.InvCDF(0, 1, (1 + level) / 2);
        var estimate = (double)x / n;
        var z22n = z * z / (2.0 * n);
        var pUp = estimate + correction / n;
        var upper = pUp >= 1 ? 1 : (pUp + z22n + z * Math.Sqrt(pUp * (1 - pUp) / n + z22n / (2.0 * n))) / (1 + 2 * z22n);
        var pLow = estimate - correction / n;
        var lower = pLow <= 0 ? 0 : (pLow + z22n - z * Math.Sqrt(pLow * (1 - pLow) / n + z22n / (2.0 * n))) / (1 + 2 * z22n);
        return (Math.Max(lower, 0), Math.Min(upper, 1));
    }
}
