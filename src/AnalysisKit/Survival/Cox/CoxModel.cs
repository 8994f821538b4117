using AnalysisKit.Data;
using MathNet.Numerics.Distributions;

namespace AnalysisKit.Survival.Cox;

/// <summary>
/// Fits the Cox proportional-hazards model h(t | x) = h₀(t) exp(xβ), optionally stratified
/// (a separate baseline hazard per stratum), as R's
/// <c>coxph(Surv(time, status) ~ x1 + x2 + strata(s), ties = "efron")</c> with the default
/// <c>coxph.control()</c>: the same centring and scaling, Newton–Raphson with step halving
/// (<c>coxfit6</c>), convergence test, warnings, collinearity handling and tests as
/// <c>coxph.fit</c> and <c>summary.coxph</c>.
/// <para>
/// Redundant (collinear) columns are handled as R does with <c>singular.ok = TRUE</c>: the
/// coefficient is reported as NaN (R: NA) and not counted in the degrees of freedom.
/// A likelihood that keeps increasing as a coefficient runs to infinity (monotone likelihood,
/// e.g. a covariate that separates early events from the rest) does not throw: the fit is
/// returned with <see cref="CoxFit.Converged"/> false and R's warning.
/// </para>
/// <para>
/// Times equal up to round-off are tied, as R's <c>timefix = TRUE</c> (<see cref="RoundOffTies"/>).
/// Differences from R: case weights and offsets are not offered; when
/// the iterations run out with <see cref="CoxOptions.MaxIterations"/> ≤ 1 the kit still warns
/// (R is silent there).
/// </para>
/// </summary>
public static class CoxModel
{
    /// <summary>Fits the model.</summary>
    /// <param name="time">Follow-up time of each subject (0 or more).</param>
    /// <param name="status">True when follow-up ended with the event, false when censored.</param>
    /// <param name="covariates">The covariates, in the order their terms should be listed.</param>
    /// <param name="strata">Optional stratum of each subject (R's <c>strata()</c> term).</param>
    /// <param name="options">Ties and iteration settings; <see cref="CoxOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">Inputs of different lengths, negative or missing values, no events, a constant categorical covariate, or invalid options.</exception>
    public static CoxFit Fit(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> status,
        IReadOnlyList<CoxCovariate> covariates,
        IReadOnlyList<string>? strata = null,
        CoxOptions? options = null)
    {
        options ??= CoxOptions.Default;
        SurvivalArguments.CheckTimesAndEvents(time, status);
        if (strata is not null) SurvivalArguments.CheckLabels(strata, time.Count, "strata", nameof(strata));
        CheckOptions(options);
        var design = CoxDesign.Build(covariates, time.Count);
        var n = time.Count;
        var events = 0;
        for (var i = 0; i < n; i++) if (status[i]) events++;
        if (events == 0)
            throw new ArgumentException("No subject had the event (all are censored); a Cox model needs at least one event.", nameof(status));

        var strataLevels = strata is null ? ["all"] : LevelOrder.Levels(strata);
        var strataIndex = strata is null ? null : SurvivalArguments.LevelIndex(strata, strataLevels);
        var order = SurvivalOrder.ByStratumAndTimeSortingTimes(strataIndex, RoundOffTies.Merge(time), status: null, out var sortedTime);
        var sortedStatus = new bool[n];
        var lastOfStratum = new bool[n];
        for (var p = 0; p < n; p++)
        {
            sortedStatus[p] = status[order[p]];
            lastOfStratum[p] = p == n - 1 || (strataIndex is not null && strataIndex[order[p + 1]] != strataIndex[order[p]]);
        }

        var fit = new CoxNewtonRaphson(sortedTime, sortedStatus, lastOfStratum, SortedColumns(design.Columns, order), options.Ties == CoxTies.Efron)
            .Fit(options.MaxIterations, options.Epsilon, options.CholeskyTolerance);

        var nvar = design.TermNames.Count;
        var singular = new bool[nvar];
        if (fit.Flag < nvar)
            for (var i = 0; i < nvar; i++) singular[i] = fit.Variance[i][i] == 0;

        var linearPredictors = LinearPredictors(design.Columns, fit.Beta, fit.Means, n);
        var warnings = Warnings(fit, linearPredictors, options, out var infinite);
        var converged = fit.Flag != 1000 && !infinite;

        var coefficients = fit.Beta.Select((b, i) => singular[i] && options.MaxIterations > 0 ? double.NaN : b).ToArray();
        var estimated = Enumerable.Range(0, nvar).Where(i => !double.IsNaN(coefficients[i])).ToArray();
        var df = estimated.Length;

        var zQuantile = Normal.InvCDF(0, 1, (1 + options.ConfidenceLevel) / 2);
        var terms = new List<CoxTerm>(nvar);
        for (var i = 0; i < nvar; i++)
        {
            var beta = coefficients[i];
            var se = Math.Sqrt(fit.Variance[i][i]);
            var z = beta / se;
            terms.Add(new CoxTerm(design.TermNames[i], beta, se, Math.Exp(beta),
                Math.Exp(beta - zQuantile * se), Math.Exp(beta + zQuantile * se), z,
                TailProbability.NormalTwoSided(z), fit.Means[i]));
        }

        var variance = new double[nvar, nvar];
        for (var i = 0; i < nvar; i++)
            for (var j = 0; j < nvar; j++) variance[i, j] = fit.Variance[i][j];

        return new CoxFit
        {
            Ties = options.Ties,
            N = n,
            Events = events,
            StrataCount = strataLevels.Count,
            Iterations = fit.Iterations,
            Converged = converged,
            Terms = terms,
            Variance = variance,
            LogLikNull = fit.LogLikNull,
            LogLik = fit.LogLik,
            LikelihoodRatioTest = ChiSquareTest.Of(-2 * (fit.LogLikNull - fit.LogLik), df),
            WaldTest = ChiSquareTest.Of(WaldStatistic(fit.Variance, coefficients, estimated, options.CholeskyTolerance), df),
            ScoreTest = ChiSquareTest.Of(fit.ScoreTest, df),
            Concordance = HarrellConcordance.Compute(order, sortedTime, sortedStatus, strataIndex, linearPredictors),
            LinearPredictors = linearPredictors,
            Warnings = warnings,
            ConfidenceLevel = options.ConfidenceLevel,
            StepHalvings = fit.StepHalvings,
        };
    }

    private static void CheckOptions(CoxOptions options)
    {
        if (options.MaxIterations < 0)
            throw new ArgumentException($"MaxIterations is {options.MaxIterations}; it must be 0 or more (R's iter.max, default 20).", nameof(options));
        if (!(options.Epsilon > 0))
            throw new ArgumentException($"Epsilon is {SurvivalArguments.Format(options.Epsilon)}; the convergence criterion must be positive (R's eps, default 1e-9).", nameof(options));
        if (!(options.CholeskyTolerance > 0))
            throw new ArgumentException($"CholeskyTolerance is {SurvivalArguments.Format(options.CholeskyTolerance)}; it must be positive.", nameof(options));
        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
            throw new ArgumentException($"ConfidenceLevel is {SurvivalArguments.Format(options.ConfidenceLevel)}; use a level between 0 and 1, such as 0.95.", nameof(options));
        if (!Enum.IsDefined(options.Ties))
            throw new ArgumentException($"Ties is {options.Ties}; use Efron or Breslow.", nameof(options));
    }

    /// <summary>Each design column in walking order (copies the Newton–Raphson iterations may centre and scale).</summary>
    private static double[][] SortedColumns(double[][] columns, int[] order)
    {
        var sorted = new double[columns.Length][];
        for (var i = 0; i < columns.Length; i++)
        {
            var column = columns[i];
            var copy = new double[order.Length];
            for (var p = 0; p < order.Length; p++) copy[p] = column[order[p]];
            sorted[i] = copy;
        }
        return sorted;
    }

    /// <summary>xβ − Σ β·mean in input order, as <c>coxph.fit</c> (before redundant coefficients become NA).</summary>
    private static double[] LinearPredictors(double[][] columns, double[] beta, double[] means, int n)
    {
        var centre = 0.0;
        for (var i = 0; i < beta.Length; i++) centre += beta[i] * means[i];
        var lp = new double[n];
        for (var p = 0; p < n; p++)
        {
            var sum = 0.0;
            for (var i = 0; i < beta.Length; i++) sum += columns[i][p] * beta[i];
            lp[p] = sum - centre;
        }
        return lp;
    }

    /// <summary>The warnings of <c>coxph.fit</c>, in R's words.</summary>
    private static List<string> Warnings(CoxNewtonRaphson.Result fit, double[] linearPredictors, CoxOptions options, out bool infinite)
    {
        var nvar = fit.Beta.Length;
        var infs = new double[nvar];
        for (var j = 0; j < nvar; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < nvar; i++) sum += fit.Score[i] * fit.Variance[i][j];
            infs[j] = Math.Abs(sum);
        }
        var warnings = new List<string>();
        infinite = false;
        if (fit.Flag == 1000)
        {
            warnings.Add("Ran out of iterations and did not converge");
            if (linearPredictors.Max() > 500 || infs.Any(x => !double.IsFinite(x)))
            {
                warnings.Add("one or more coefficients may be infinite");
                infinite = true;
            }
            return warnings;
        }
        if (options.MaxIterations <= 1) return warnings;
        var tolerInfinite = Math.Sqrt(options.Epsilon);
        var suspects = Enumerable.Range(0, nvar)
            .Where(j => !double.IsFinite(fit.Score[j]) || (infs[j] > options.Epsilon && infs[j] > tolerInfinite * Math.Abs(fit.Beta[j])))
            .Select(j => (j + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        if (suspects.Count > 0)
        {
            warnings.Add($"Loglik converged before variable {string.Join(",", suspects)}; coefficient may be infinite.");
            infinite = true;
        }
        return warnings;
    }

    /// <summary>βᵀ V⁻¹ β over the estimated coefficients, with the generalized Cholesky (R's <c>coxph.wtest</c>).</summary>
    private static double WaldStatistic(double[][] variance, double[] coefficients, int[] estimated, double toler)
    {
        var k = estimated.Length;
        if (k == 0) return 0;
        var b = estimated.Select(i => coefficients[i]).ToArray();
        if (k == 1) return b[0] * b[0] / variance[estimated[0]][estimated[0]];
        var m = GeneralizedCholesky.Zeros(k);
        for (var a = 0; a < k; a++)
            for (var c = 0; c < k; c++) m[a][c] = variance[estimated[a]][estimated[c]];
        GeneralizedCholesky.Factor(m, toler);
        var solved = (double[])b.Clone();
        GeneralizedCholesky.Solve(m, solved);
        var sum = 0.0;
        for (var a = 0; a < k; a++) sum += b[a] * solved[a];
        return sum;
    }
}
