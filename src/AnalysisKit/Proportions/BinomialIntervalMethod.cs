namespace AnalysisKit.Proportions;

/// <summary>
/// Which confidence interval for a single binomial proportion x/n to compute. The methods differ
/// a lot at small n, so every result names the one used. Default: <see cref="ClopperPearson"/>.
/// </summary>
public enum BinomialIntervalMethod
{
    /// <summary>
    /// Exact (Clopper–Pearson) interval, the default: lower = qbeta(α/2, x, n − x + 1) (0 when x = 0),
    /// upper = qbeta(1 − α/2, x + 1, n − x) (1 when x = n), α = 1 − level.
    /// As R's <c>binom.test(x, n, conf.level = level)$conf.int</c>.
    /// </summary>
    ClopperPearson,

    /// <summary>
    /// Wilson score interval without continuity correction:
    /// (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), z = qnorm((1 + level)/2).
    /// As R's <c>prop.test(x, n, conf.level = level, correct = FALSE)$conf.int</c>.
    /// </summary>
    Wilson,

    /// <summary>
    /// Wilson score interval with Yates' continuity correction, as R's
    /// <c>prop.test(x, n, conf.level = level, correct = TRUE)$conf.int</c>: p̂ is moved by
    /// c/n towards each bound, with c = min(1/2, |x − n/2|) (R's default null value p = 1/2 caps
    /// the correction), and a bound is set to 0 or 1 when the moved p̂ crosses it.
    /// </summary>
    WilsonContinuityCorrected,
}
