using AnalysisKit.Survival;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// The arithmetic of <see cref="SubgroupStatistics.Of"/> without allocation-heavy general code,
/// for the search loop: S(t) = Π(1 − d/r), Greenwood σ²(t) = Σ d/(r(r − d)), log limits
/// S·exp(∓z·σ) capped at 1 (none where S = 0), median and limits read by R's
/// <c>quantile.survfit</c> on S and the two bands, and S at each landmark as
/// <c>summary(fit, times)</c>. The fidelity table is always computed by the kit's general code.
/// </summary>
internal static class FastSubgroupStatistics
{
    private static readonly double Z = ConfidenceLimits.Z(0.95);
    private static readonly double Tolerance = Math.Sqrt(Math.Pow(2, -52));
    [ThreadStatic] private static double[]? _rowTime, _rowSurvival, _rowLower, _rowUpper, _x, _y;
    private static double[] RowTime => _rowTime ??= new double[MostPatients];
    private static double[] RowSurvival => _rowSurvival ??= new double[MostPatients];
    private static double[] RowLower => _rowLower ??= new double[MostPatients];
    private static double[] RowUpper => _rowUpper ??= new double[MostPatients];
    private static double[] X => _x ??= new double[MostPatients + 1];
    private static double[] Y => _y ??= new double[MostPatients + 1];

    /// <summary>The most patients a group may hold.</summary>
    public const int MostPatients = 512;

    /// <summary>
    /// Fills <paramref name="values"/> in a table's value-column order without p: n, events, the
    /// median and its limits, then the rate and limits at each of <paramref name="landmarks"/>
    /// (2 + 3 × landmarks values); time and died are sorted in place.
    /// </summary>
    public static void Compute(double[] time, bool[] died, int n, ReadOnlySpan<double> landmarks, double[] values)
    {
        // insertion sort by time (n is small)
        for (var i = 1; i < n; i++)
        {
            var t = time[i];
            var d = died[i];
            var j = i - 1;
            while (j >= 0 && time[j] > t) { time[j + 1] = time[j]; died[j + 1] = died[j]; j--; }
            time[j + 1] = t; died[j + 1] = d;
        }
        values[0] = n;
        var events = 0;
        for (var i = 0; i < n; i++) if (died[i]) events++;
        values[1] = events;
        for (var k = 2; k < values.Length; k++) values[k] = double.NaN;
        if (n == 0) return;

        var rowTime = RowTime;
        var s = RowSurvival;
        var lower = RowLower;
        var upper = RowUpper;
        var rows = 0;
        var survival = 1.0;
        var variance = 0.0;
        var atRisk = n;
        for (var i = 0; i < n;)
        {
            var t = time[i];
            var d = 0;
            var c = 0;
            while (i < n && time[i] == t) { if (died[i]) d++; else c++; i++; }
            if (d > 0)
            {
                survival *= 1 - (double)d / atRisk;
                variance += d == atRisk ? double.PositiveInfinity : (double)d / ((double)atRisk * (atRisk - d));
            }
            rowTime[rows] = t;
            s[rows] = survival;
            if (survival > 0)
            {
                var sigma = Math.Sqrt(variance);
                lower[rows] = survival * Math.Exp(-Z * sigma);
                upper[rows] = Math.Min(1, survival * Math.Exp(Z * sigma));
            }
            else
            {
                lower[rows] = double.NaN;
                upper[rows] = double.NaN;
            }
            rows++;
            atRisk -= d + c;
        }
        values[2] = Median(rowTime, s, rows);
        values[3] = Median(rowTime, lower, rows);
        values[4] = Median(rowTime, upper, rows);
        var last = rowTime[rows - 1];
        for (var k = 0; k < landmarks.Length; k++)
        {
            var landmark = landmarks[k];
            if (landmark > last) continue;
            var at = -1;
            for (var r = 0; r < rows && rowTime[r] <= landmark; r++) at = r;
            values[5 + 3 * k] = at < 0 ? 1 : s[at];
            values[6 + 3 * k] = at < 0 ? 1 : lower[at];
            values[7 + 3 * k] = at < 0 ? 1 : upper[at];
        }
    }

    /// <summary>
    /// <c>QuantileReading.RQuantile(times, values, 0.5)</c> (R's <c>quantile.survfit</c> findq)
    /// on buffers: x = (0, t), y = (0, 1 − v), repeated y dropped (first kept), i₁ / i₂ the
    /// index of the smallest y ± tol that is ≥ 0.5, and the midpoint to the last time when the
    /// last kept y is 0.5 within tol.
    /// </summary>
    private static double Median(double[] times, double[] values, int count)
    {
        const double p = 0.5;
        var x = X;
        var y = Y;
        var kept = 0;
        var max = double.NaN;
        for (var i = -1; i < count; i++)
        {
            var xi = i < 0 ? 0 : times[i];
            var yi = i < 0 ? 0 : 1 - values[i];
            if (!double.IsNaN(yi) && !(max >= yi)) max = yi;
            // R drops every repeated y; while the kept values rise, a repeat can only be the last one.
            var seen = kept > 0 && y[kept - 1].Equals(yi);
            if (!seen && kept > 0 && !(yi >= y[kept - 1]))
                for (var j = 0; j < kept && !seen; j++) seen = y[j].Equals(yi);
            if (seen) continue;
            x[kept] = xi;
            y[kept] = yi;
            kept++;
        }
        if (!(max >= p)) return double.NaN;
        var xmax = count > 0 ? times[count - 1] : 0;
        var i1 = Step(y, kept, Tolerance);
        var i2 = Step(y, kept, -Tolerance);
        var quantile = i1 >= 0 && i2 >= 0 ? (x[i1] + x[i2]) / 2 : double.NaN;
        var last = y[kept - 1];
        if (!double.IsNaN(last) && Math.Abs(p - last) < Tolerance)
            quantile = i1 >= 0 ? (x[i1] + xmax) / 2 : double.NaN;
        return quantile;

        static int Step(double[] y, int kept, double shift)
        {
            var best = -1;
            var bestValue = double.PositiveInfinity;
            var min = double.PositiveInfinity;
            var max = double.NegativeInfinity;
            for (var i = 0; i < kept; i++)
            {
                if (double.IsNaN(y[i])) continue;
                var v = y[i] + shift;
                min = Math.Min(min, v);
                max = Math.Max(max, v);
                if (v >= p && v < bestValue) { best = i; bestValue = v; }
            }
            return p < min || p > max ? -1 : best;
        }
    }
}
