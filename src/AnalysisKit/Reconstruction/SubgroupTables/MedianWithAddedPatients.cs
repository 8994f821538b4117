using AnalysisKit.Survival;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The Kaplan–Meier median and its 95% confidence limits of a fixed group of patients plus a few
/// added ones, recomputed for many placements of the added patients without allocating: the
/// same product-limit estimate, Greenwood variance and log-transformed limits as
/// <see cref="KaplanMeier.Fit(IReadOnlyList{double}, IReadOnlyList{bool}, KaplanMeierOptions?)"/>
/// with <see cref="Consistency.PrintedSurvival.Options"/>, and the same reading as R's
/// <c>quantile(fit, probs = 0.5)</c> (<see cref="QuantileRule.RQuantileFunction"/>): on each of
/// the curve, the lower band and the upper band, the point with the smallest 1 − S that is at
/// least 0.5 − tol, averaged with the one at least 0.5 + tol, or with the last observed time when
/// the curve ends on 0.5 (tol = √machine-epsilon). Used to screen placements; the chosen one is
/// recomputed with the kit's own fit.
/// </summary>
internal sealed class MedianWithAddedPatients
{
    private static readonly double Tolerance = Math.Sqrt(Math.Pow(2, -52));
    private static readonly double Z = ConfidenceLimits.Z(0.95);

    private readonly double[] _baseTime;
    private readonly bool[] _baseEvent;
    private readonly double[] _time;
    private readonly double[] _survival;
    private readonly double[] _lower;
    private readonly double[] _upper;

    /// <summary>Prepares the fixed patients (times of 0 or more, sorted here).</summary>
    public MedianWithAddedPatients(IReadOnlyList<double> time, IReadOnlyList<bool> died, int added)
    {
        _baseTime = time.ToArray();
        _baseEvent = died.ToArray();
        Array.Sort(_baseTime, _baseEvent);
        var capacity = _baseTime.Length + added + 1;
        _time = new double[capacity];
        _survival = new double[capacity];
        _lower = new double[capacity];
        _upper = new double[capacity];
    }

    /// <summary>Median, lower and upper limit with the added patients (sorted by time); NaN where not reached.</summary>
    public (double Median, double Lower, double Upper) Evaluate(ReadOnlySpan<double> addedTime, ReadOnlySpan<bool> addedEvent)
    {
        var atRisk = _baseTime.Length + addedTime.Length;
        var survival = 1.0;
        var greenwood = 0.0;
        int i = 0, j = 0, rows = 0;
        while (i < _baseTime.Length || j < addedTime.Length)
        {
            var t = j >= addedTime.Length || (i < _baseTime.Length && _baseTime[i] <= addedTime[j]) ? _baseTime[i] : addedTime[j];
            var events = 0;
            var censored = 0;
            while (i < _baseTime.Length && _baseTime[i] == t)
            {
                if (_baseEvent[i]) events++; else censored++;
                i++;
            }
            while (j < addedTime.Length && addedTime[j] == t)
            {
                if (addedEvent[j]) events++; else censored++;
                j++;
            }
            if (events > 0)
            {
                survival *= 1 - (double)events / atRisk;
                greenwood += (double)events / ((double)atRisk * (atRisk - events));
            }
            var (lower, upper) = ConfidenceLimits.Of(survival, Math.Sqrt(greenwood), ConfidenceIntervalType.Log, Z);
            _time[rows] = t;
            _survival[rows] = survival;
            _lower[rows] = lower;
            _upper[rows] = upper;
            rows++;
            atRisk -= events + censored;
        }
        return (Read(_survival, rows), Read(_lower, rows), Read(_upper, rows));
    }

    /// <summary>R's <c>findq</c> at p = 0.5 on x = (0, t₁…), y = (0, 1 − v₁…).</summary>
    private double Read(double[] values, int rows)
    {
        const double p = 0.5;
        var max = 0.0;
        for (var r = 0; r < rows; r++)
        {
            var y = 1 - values[r];
            if (!double.IsNaN(y) && y > max) max = y;
        }
        if (!(max >= p)) return double.NaN;
        var i1 = Step(values, rows, Tolerance, max);
        var i2 = Step(values, rows, -Tolerance, max);
        var quantile = i1 != -2 && i2 != -2 ? (X(i1) + X(i2)) / 2 : double.NaN;
        // The last value kept after R drops repeated values (keeping the first of each).
        var last = LastKept(values, rows);
        if (!double.IsNaN(last) && Math.Abs(p - last) < Tolerance)
            quantile = i1 != -2 ? (X(i1) + _time[rows - 1]) / 2 : double.NaN;
        return quantile;
    }

    private double X(int index) => index < 0 ? 0 : _time[index];

    /// <summary>Index (−1 for the origin) of the smallest y + shift ≥ 0.5, the first of equal ones; −2 outside the range.</summary>
    private static int Step(double[] values, int rows, double shift, double max)
    {
        const double p = 0.5;
        if (p < shift || p > max + shift) return -2;   // the origin's y is 0, the smallest
        var best = -2;
        var bestValue = double.PositiveInfinity;
        if (shift >= p) { best = -1; bestValue = shift; }
        for (var r = 0; r < rows; r++)
        {
            var y = 1 - values[r];
            if (double.IsNaN(y)) continue;
            var v = y + shift;
            if (v >= p && v < bestValue) { best = r; bestValue = v; }
        }
        return best;
    }

    private static double LastKept(double[] values, int rows)
    {
        for (var r = rows - 1; r >= 0; r--)
        {
            var y = 1 - values[r];
            var seen = y.Equals(0.0);
            for (var q = 0; q < r && !seen; q++)
                seen = (1 - values[q]).Equals(y);
            if (!seen) return y;
        }
        return 0;
    }
}
