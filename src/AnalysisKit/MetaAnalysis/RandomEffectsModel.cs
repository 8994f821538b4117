using System.Globalization;

namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// The random-effects model yᵢ = μ + uᵢ + εᵢ, uᵢ ~ N(0, τ²), εᵢ ~ N(0, vᵢ), without moderators:
/// metafor's <c>rma(yi, vi, method = "REML" | "DL", test = "z" | "knha")</c>, with
/// <c>predict(fit)</c> and <c>weights(fit)</c>. The formulas are given on
/// <see cref="RandomEffectsFit"/> and <see cref="HeterogeneityEstimator"/>.
/// </summary>
public static class RandomEffectsModel
{
    // metafor's control$tol = .Machine$double.eps^0.25 = 2^-13, used by its check that REML did
    // not stop at a local maximum below the likelihood at τ² = 0.
    private const double LikelihoodTolerance = 1.0 / 8192;

    // R's .Machine$double.eps (2^-52): below it the Hartung–Knapp factor is taken as 0, as metafor does.
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>Fits the model to effect sizes <paramref name="yi"/> with sampling variances <paramref name="vi"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than two studies, lengths that differ, a variance that is not positive, or bad options.</exception>
    /// <exception cref="InvalidOperationException">REML did not converge within <see cref="RandomEffectsOptions.MaxIterations"/> (metafor stops with an error too).</exception>
    public static RandomEffectsFit Fit(IReadOnlyList<double> yi, IReadOnlyList<double> vi, RandomEffectsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(yi);
        ArgumentNullException.ThrowIfNull(vi);
        options ??= new RandomEffectsOptions();
        ValidateOptions(options);
        if (yi.Count != vi.Count)
            throw new ArgumentException($"There are {yi.Count} effect sizes but {vi.Count} variances; each study needs one of each.", nameof(vi));
        if (yi.Count < 2)
            throw new ArgumentException(
                $"A random-effects meta-analysis needs at least two studies; {(yi.Count == 0 ? "none was" : "only one was")} given.", nameof(yi));
        for (var i = 0; i < yi.Count; i++)
        {
            if (!double.IsFinite(yi[i]))
                throw new ArgumentException($"The effect size of study {i + 1} is not a finite number.", nameof(yi));
            if (!(vi[i] > 0) || !double.IsFinite(vi[i]))
                throw new ArgumentException($"The sampling variance of study {i + 1} is {vi[i].ToString(CultureInfo.InvariantCulture)}; it must be a positive number.", nameof(vi));
        }
        return FitValidated(yi.ToArray(), vi.ToArray(), options);
    }

    internal static void ValidateOptions(RandomEffectsOptions options)
    {
        if (!(options.Level > 0 && options.Level < 1))
            throw new ArgumentException(
                $"The confidence level is {options.Level.ToString(CultureInfo.InvariantCulture)}; it must lie strictly between 0 and 1 (for example 0.95).", nameof(options));
        if (!(options.Threshold > 0))
            throw new ArgumentException("The convergence threshold must be a positive number.", nameof(options));
        if (options.MaxIterations < 1)
            throw new ArgumentException("The maximum number of iterations must be at least 1.", nameof(options));
        if (!Enum.IsDefined(options.Method))
            throw new ArgumentException($"Unknown estimator {options.Method}.", nameof(options));
    }

    /// <summary>
    /// The fit for already validated data. A single study is allowed here (as in metafor's
    /// leave-one-out of two studies): then τ² = 0, the test is a z test, Q = 0, I² = 0, H² = 1.
    /// </summary>
    internal static RandomEffectsFit FitValidated(double[] y, double[] v, RandomEffectsOptions options)
    {
        var k = y.Length;
        var (tau2, tau2Se, iterations) = k == 1
            ? (0.0, double.NaN, 0)
            : options.Method == HeterogeneityEstimator.DerSimonianLaird
                ? DerSimonianLaird(y, v)
                : RestrictedMaximumLikelihood(y, v, options);

        var knha = options.KnappHartung && k > 1;
        var w = Weights(v, tau2);
        var sumW = w.Sum();
        var estimate = WeightedMean(y, w);
        var variance = 1 / sumW;
        if (knha)
        {
            var rss = ResidualSum(y, w, estimate);
            variance *= rss <= MachineEpsilon ? 0 : rss / (k - 1);
        }
        var se = Math.Sqrt(variance);
        var statistic = estimate / se;
        int? df = knha ? k - 1 : null;
        var p = knha ? ReferenceDistributions.StudentTwoSided(statistic, k - 1) : ReferenceDistributions.NormalTwoSided(statistic);
        var critical = knha ? ReferenceDistributions.StudentCritical(options.Level, k - 1) : ReferenceDistributions.NormalCritical(options.Level);
        var predictionHalfWidth = critical * Math.Sqrt(variance + tau2);

        double q = 0, qp = 1, i2 = 0, h2 = 1;
        if (k > 1)
        {
            var fixedWeights = Weights(v, 0);
            q = Math.Max(0, ResidualSum(y, fixedWeights, WeightedMean(y, fixedWeights)));
            qp = ReferenceDistributions.ChiSquareUpper(q, k - 1);
            var typicalVariance = (k - 1) / TraceP(fixedWeights);
            i2 = 100 * tau2 / (typicalVariance + tau2);
            h2 = tau2 / typicalVariance + 1;
        }

        return new RandomEffectsFit(
            k, options.Method, knha, options.Level,
            estimate, se, statistic, df, p,
            estimate - critical * se, estimate + critical * se,
            estimate - predictionHalfWidth, estimate + predictionHalfWidth,
            tau2, tau2Se, i2, h2, q, k - 1, qp,
            w.Select(wi => 100 * wi / sumW).ToArray(), iterations);
    }

    // DL: τ² = (Q − (k − 1)) / tr P, truncated at 0; SE as metafor's se.tau2 for "DL".
    private static (double Tau2, double Se, int Iterations) DerSimonianLaird(double[] y, double[] v)
    {
        var k = y.Length;
        var w = Weights(v, 0);
        var q = ResidualSum(y, w, WeightedMean(y, w));
        var trP = TraceP(w);
        var tau2 = Math.Max(0, (q - (k - 1)) / trP);
        var se = Math.Sqrt((2.0 * (k - 1) + 4 * tau2 * trP + 2 * tau2 * tau2 * SumSquaresP(w)) / (trP * trP));
        return (tau2, se, 0);
    }

    // REML by metafor's Fisher scoring, with its starting value, step halving at the boundary,
    // stopping rule and local-maximum check; SE = √(2 / Σ P²ᵢⱼ) at the estimate.
    private static (double Tau2, double Se, int Iterations) RestrictedMaximumLikelihood(double[] y, double[] v, RandomEffectsOptions options)
    {
        var k = y.Length;
        var mean = y.Average();
        var centred = y.Sum(yi => (yi - mean) * (yi - mean));
        var tracePV = v.Sum() - v.Sum() / k;
        var tau2 = Math.Max(0, (centred - tracePV) / (k - 1));

        var change = options.Threshold + 1;
        var iterations = 0;
        while (change > options.Threshold)
        {
            iterations++;
            var previous = tau2;
            var w = Weights(v, tau2);
            var mu = WeightedMean(y, w);
            var yPPy = 0.0;
            for (var i = 0; i < k; i++) yPPy += w[i] * w[i] * (y[i] - mu) * (y[i] - mu);
            var step = (yPPy - TraceP(w)) / SumSquaresP(w);
            if (double.IsNaN(step)) step = 0;
            while (tau2 + step < 0) step /= 2;
            tau2 += step;
            change = Math.Abs(previous - tau2);
            if (iterations > options.MaxIterations)
                throw new InvalidOperationException(
                    $"The REML estimate of the between-study variance did not converge in {options.MaxIterations} Fisher scoring iterations; try the DerSimonian–Laird estimator.");
        }

        if (RestrictedLogLikelihood(y, v, 0) - RestrictedLogLikelihood(y, v, tau2) > LikelihoodTolerance && tau2 > options.Threshold)
            tau2 = 0;
        tau2 = Math.Max(0, tau2);
        return (tau2, Math.Sqrt(2 / SumSquaresP(Weights(v, tau2))), iterations);
    }

    // Restricted log-likelihood of an intercept-only model at τ².
    private static double RestrictedLogLikelihood(double[] y, double[] v, double tau2)
    {
        var k = y.Length;
        var w = Weights(v, tau2);
        var sumLogVariance = v.Sum(vi => Math.Log(vi + tau2));
        return -0.5 * (k - 1) * Math.Log(2 * Math.PI) - 0.5 * sumLogVariance - 0.5 * Math.Log(w.Sum())
               - 0.5 * ResidualSum(y, w, WeightedMean(y, w));
    }

    private static double[] Weights(double[] v, double tau2) => v.Select(vi => 1 / (vi + tau2)).ToArray();

    private static double WeightedMean(double[] y, double[] w)
    {
        double sum = 0, sumW = 0;
        for (var i = 0; i < y.Length; i++)
        {
            sum += w[i] * y[i];
            sumW += w[i];
        }
        return sum / sumW;
    }

    private static double ResidualSum(double[] y, double[] w, double mu)
    {
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++) sum += w[i] * (y[i] - mu) * (y[i] - mu);
        return sum;
    }

    // tr P for P = W − w wᵀ/Σw.
    private static double TraceP(double[] w) => w.Sum() - w.Sum(x => x * x) / w.Sum();

    // Σᵢⱼ Pᵢⱼ² = tr(P²) = Σw² − 2Σw³/Σw + (Σw²)²/(Σw)².
    private static double SumSquaresP(double[] w)
    {
        var s1 = w.Sum();
        var s2 = w.Sum(x => x * x);
        var s3 = w.Sum(x => x * x * x);
        return s2 - 2 * s3 / s1 + s2 * s2 / (s1 * s1);
    }
}
