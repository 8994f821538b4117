namespace AnalysisKit.Survival.Cox;

/// <summary>
/// Newton–Raphson maximisation of the Cox partial likelihood, a line-by-line port of R's
/// <c>survival</c> C routine <c>coxfit6</c> (called by <c>coxph.fit</c>):
/// <list type="bullet">
/// <item>each covariate column whose values are not all in {−1, 0, 1} is centred at its mean and
/// scaled by n / Σ|x − mean| (R's <c>nocenter = c(-1, 0, 1)</c>);</item>
/// <item>iteration 0 at β = 0 gives the null log-likelihood and the score test U ᵀ I⁻¹ U;</item>
/// <item>converged when |1 − ℓ_old / ℓ_new| ≤ eps; when the log-likelihood falls (or is not
/// finite) the step is shortened: β_new = (β_new + h β_old) / (h + 1) for the h-th consecutive halving;</item>
/// <item>after <c>maxIterations</c> without convergence, the fit at the best β is returned with
/// <c>flag = 1000</c>.</item>
/// </list>
/// Ties: Breslow, or Efron's approximation, in which the d tied deaths at a time enter the risk
/// set denominator in d steps with weights (d − k)/d.
/// </summary>
internal sealed class CoxNewtonRaphson
{
    private readonly int _nvar;
    private readonly int _n;
    private readonly bool _efron;
    private readonly double[] _time;
    private readonly bool[] _status;
    private readonly bool[] _lastOfStratum;
    private readonly double[][] _covar; // [variable][person], centred and scaled
    private readonly double[] _u;
    private readonly double[] _a;
    private readonly double[] _a2;
    private readonly double[][] _imat;
    private readonly double[][] _cmat;
    private readonly double[][] _cmat2;

    /// <summary>Result of a fit, on the original covariate scale.</summary>
    internal sealed record Result(
        double[] Beta, double[] Means, double[] Score, double[][] Variance,
        double LogLikNull, double LogLik, double ScoreTest, int Iterations, int Flag, int StepHalvings);

    /// <param name="time">Times sorted ascending within strata.</param>
    /// <param name="status">Event indicators in the same order.</param>
    /// <param name="lastOfStratum">True for the last subject of each stratum in that order.</param>
    /// <param name="covariates">Columns [variable][person] in the same order; centred and scaled in place.</param>
    /// <param name="efron">Efron ties when true, Breslow when false.</param>
    public CoxNewtonRaphson(double[] time, bool[] status, bool[] lastOfStratum, double[][] covariates, bool efron)
    {
        _time = time;
        _status = status;
        _lastOfStratum = lastOfStratum;
        _n = time.Length;
        _nvar = covariates.Length;
        _efron = efron;
        _covar = covariates;
        _u = new double[_nvar];
        _a = new double[_nvar];
        _a2 = new double[_nvar];
        _imat = GeneralizedCholesky.Zeros(_nvar);
        _cmat = GeneralizedCholesky.Zeros(_nvar);
        _cmat2 = GeneralizedCholesky.Zeros(_nvar);
    }

    public Result Fit(int maxIterations, double eps, double tolerCholesky)
    {
        var nvar = _nvar;
        var means = new double[nvar];
        var scale = new double[nvar];
        var total = (double)_n; // sum of case weights (all 1)
        for (var i = 0; i < nvar; i++)
        {
            var column = _covar[i];
            if (OnlyMinusOneZeroOne(column))
            {
                scale[i] = 1.0;
                means[i] = 0;
                continue;
            }
            var mean = 0.0;
            for (var p = 0; p < _n; p++) mean += column[p];
            mean /= total;
            means[i] = mean;
            for (var p = 0; p < _n; p++) column[p] -= mean;
            var absSum = 0.0;
            for (var p = 0; p < _n; p++) absSum += Math.Abs(column[p]);
            var s = absSum > 0 ? total / absSum : 1.0;
            scale[i] = s;
            for (var p = 0; p < _n; p++) column[p] *= s;
        }

        var beta = new double[nvar];
        var newBeta = new double[nvar];
        var loglik0 = Iterate(beta);
        var best = loglik0;
        var step = (double[])_u.Clone();
        var flag = GeneralizedCholesky.Factor(_imat, tolerCholesky);
        GeneralizedCholesky.Solve(_imat, step);
        var scoreTest = 0.0;
        for (var i = 0; i < nvar; i++) scoreTest += _u[i] * step[i];

        if (maxIterations == 0 || !double.IsFinite(loglik0))
        {
            GeneralizedCholesky.Invert(_imat);
            return Finish(beta, scale, means, loglik0, loglik0, scoreTest, 0, flag, 0);
        }

        for (var i = 0; i < nvar; i++) newBeta[i] = beta[i] + step[i];
        var halving = 0;
        var halvings = 0;
        int iter;
        for (iter = 1; iter <= maxIterations; iter++)
        {
            var newlk = Iterate(newBeta);
            flag = GeneralizedCholesky.Factor(_imat, tolerCholesky);
            var notFinite = !double.IsFinite(newlk)
                || _u.Any(x => !double.IsFinite(x))
                || _imat.Any(row => row.Any(x => !double.IsFinite(x)));
            if (!notFinite && Math.Abs(1 - best / newlk) <= eps)
            {
                GeneralizedCholesky.Invert(_imat);
                if (halving > 0) flag = -2;
                return Finish(newBeta, scale, means, loglik0, newlk, scoreTest, iter, flag, halvings);
            }
            if (notFinite || newlk < best)
            {
                halving++;
                halvings++;
                for (var i = 0; i < nvar; i++) newBeta[i] = (newBeta[i] + halving * beta[i]) / (halving + 1.0);
            }
            else
            {
                halving = 0;
                best = newlk;
                GeneralizedCholesky.Solve(_imat, _u);
                for (var i = 0; i < nvar; i++)
                {
                    beta[i] = newBeta[i];
                    newBeta[i] += _u[i];
                }
            }
        }

        // Out of iterations: recompute at the last good beta (as coxfit6, which then inverts
        // the unfactored information matrix when maxIterations > 1).
        if (maxIterations > 1) best = Iterate(beta);
        GeneralizedCholesky.Invert(_imat);
        return Finish(beta, scale, means, loglik0, best, scoreTest, iter, 1000, halvings);
    }

    private static bool OnlyMinusOneZeroOne(double[] column)
    {
        foreach (var x in column)
            if (x is not (-1 or 0 or 1)) return false;
        return true;
    }

    private Result Finish(double[] betaScaled, double[] scale, double[] means, double loglik0, double loglik,
        double scoreTest, int iterations, int flag, int halvings)
    {
        var nvar = _nvar;
        var beta = new double[nvar];
        var u = new double[nvar];
        var variance = GeneralizedCholesky.Zeros(nvar);
        for (var i = 0; i < nvar; i++)
        {
            beta[i] = betaScaled[i] * scale[i];
            u[i] = _u[i] / scale[i];
            variance[i][i] = _imat[i][i] * scale[i] * scale[i];
            for (var j = 0; j < i; j++)
            {
                variance[j][i] = _imat[j][i] * scale[i] * scale[j];
                variance[i][j] = variance[j][i];
            }
        }
        return new Result(beta, means, u, variance, loglik0, loglik, scoreTest, iterations, flag, halvings);
    }

    /// <summary>
    /// Log partial likelihood at <paramref name="beta"/> (scaled covariates); fills the score
    /// vector U and the information matrix I (upper triangle) as <c>coxfit6_iter</c>.
    /// </summary>
    private double Iterate(double[] beta)
    {
        var nvar = _nvar;
        var u = _u;
        var a = _a;
        var a2 = _a2;
        var imat = _imat;
        var cmat = _cmat;
        var cmat2 = _cmat2;
        for (var i = 0; i < nvar; i++)
        {
            u[i] = 0;
            a2[i] = 0;
            Array.Clear(imat[i]);
            Array.Clear(cmat2[i]);
        }

        var loglik = 0.0;
        var denom = 0.0;
        for (var person = _n - 1; person >= 0;)
        {
            if (person == _n - 1 || _lastOfStratum[person])
            {
                denom = 0;
                for (var i = 0; i < nvar; i++)
                {
                    a[i] = 0;
                    Array.Clear(cmat[i]);
                }
            }

            var dtime = _time[person];
            var ndead = 0;
            var deadwt = 0.0;
            var denom2 = 0.0;
            while (person >= 0 && _time[person] == dtime)
            {
                var zbeta = 0.0;
                for (var i = 0; i < nvar; i++) zbeta += beta[i] * _covar[i][person];
                var risk = Math.Exp(zbeta);
                if (!_status[person])
                {
                    denom += risk;
                    for (var i = 0; i < nvar; i++)
                    {
                        a[i] += risk * _covar[i][person];
                        for (var j = 0; j <= i; j++) cmat[i][j] += risk * _covar[i][person] * _covar[j][person];
                    }
                }
                else
                {
                    ndead++;
                    deadwt += 1;
                    denom2 += risk;
                    loglik += zbeta;
                    for (var i = 0; i < nvar; i++)
                    {
                        u[i] += _covar[i][person];
                        a2[i] += risk * _covar[i][person];
                        for (var j = 0; j <= i; j++) cmat2[i][j] += risk * _covar[i][person] * _covar[j][person];
                    }
                }
                person--;
                if (person >= 0 && _lastOfStratum[person]) break; // ties do not cross strata
            }

            if (ndead > 0)
            {
                if (!_efron || ndead == 1)
                {
                    denom += denom2;
                    loglik -= deadwt * Math.Log(denom);
                    for (var i = 0; i < nvar; i++)
                    {
                        a[i] += a2[i];
                        var mean = a[i] / denom;
                        u[i] -= deadwt * mean;
                        for (var j = 0; j <= i; j++)
                        {
                            cmat[i][j] += cmat2[i][j];
                            imat[j][i] += deadwt * (cmat[i][j] - mean * a[j]) / denom;
                        }
                    }
                }
                else
                {
                    var wtave = deadwt / ndead;
                    for (var k = 0; k < ndead; k++)
                    {
                        denom += denom2 / ndead;
                        loglik -= wtave * Math.Log(denom);
                        for (var i = 0; i < nvar; i++)
                        {
                            a[i] += a2[i] / ndead;
                            var mean = a[i] / denom;
                            u[i] -= wtave * mean;
                            for (var j = 0; j <= i; j++)
                            {
                                cmat[i][j] += cmat2[i][j] / ndead;
                                imat[j][i] += wtave * (cmat[i][j] - mean * a[j]) / denom;
                            }
                        }
                    }
                }
                for (var i = 0; i < nvar; i++)
                {
                    a2[i] = 0;
                    Array.Clear(cmat2[i]);
                }
            }
        }
        return loglik;
    }
}
