namespace AnalysisKit.Survival;

/// <summary>The three ways of reading a quantile off a step curve (see <see cref="QuantileRule"/>).</summary>
internal static class QuantileReading
{
    private static readonly double Tolerance = Math.Sqrt(Math.Pow(2, -52));

    /// <summary>
    /// R's <c>quantile.survfit</c> (its internal <c>findq</c>) for one curve or band:
    /// x = (0, t₁, …, tₖ), y = (0, 1 − v₁, …, 1 − vₖ). Index i₁ is the first point with
    /// y ≥ p − tol and i₂ the first with y ≥ p + tol; the quantile is (xᵢ₁ + xᵢ₂)/2, or
    /// (xᵢ₁ + tₖ)/2 when the last y equals p within tol. NaN values of v are skipped.
    /// </summary>
    public static double RQuantile(IReadOnlyList<double> times, IReadOnlyList<double> values, double p)
    {
        var x = new List<double>(times.Count + 1) { 0 };
        var y = new List<double>(times.Count + 1) { 0 };
        for (var i = 0; i < times.Count; i++) { x.Add(times[i]); y.Add(1 - values[i]); }
        if (p == 0) return x[0];
        var max = y.Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Max();
        if (!(max >= p)) return double.NaN;
        var xmax = x[^1];
        // drop repeated y values, keeping the first of each (R's duplicated(), NaN equal to NaN)
        var keptX = new List<double>();
        var keptY = new List<double>();
        for (var i = 0; i < y.Count; i++)
        {
            var seen = false;
            for (var j = 0; j < keptY.Count && !seen; j++)
                seen = keptY[j].Equals(y[i]);
            if (seen) continue;
            keptX.Add(x[i]);
            keptY.Add(y[i]);
        }
        var i1 = ConstantRightStep(keptY, Tolerance, p);
        var i2 = ConstantRightStep(keptY, -Tolerance, p);
        var quantile = i1 >= 0 && i2 >= 0 ? (keptX[i1] + keptX[i2]) / 2 : double.NaN;
        var last = keptY[^1];
        if (!double.IsNaN(last) && Math.Abs(p - last) < Tolerance)
            quantile = i1 >= 0 ? (keptX[i1] + xmax) / 2 : double.NaN;
        return quantile;
    }

    /// <summary>
    /// R's <c>approx(y + shift, seq_along(y), p, method = "constant", f = 1)</c>: among the
    /// non-missing points, the index of the smallest y + shift that is ≥ p, or −1 when p lies
    /// outside their range.
    /// </summary>
    private static int ConstantRightStep(List<double> y, double shift, double p)
    {
        var best = -1;
        var bestValue = double.PositiveInfinity;
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var i = 0; i < y.Count; i++)
        {
            if (double.IsNaN(y[i])) continue;
            var v = y[i] + shift;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            if (v >= p && v < bestValue) { best = i; bestValue = v; }
        }
        return p < min || p > max ? -1 : best;
    }

    /// <summary>
    /// R's <c>print.survfit</c> median (the <c>minmin</c> function of <c>survmean</c>) for one
    /// curve or band: among points with v &lt; 0.5 + tol, the first time; when its value is
    /// 0.5 within tol and the curve later falls below it, the midpoint between that time and
    /// the first time with a smaller value. NaN when the curve never reaches 0.5.
    /// </summary>
    public static double RPrintedMedian(IReadOnlyList<double> times, IReadOnlyList<double> values)
    {
        var first = -1;
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsNaN(values[i]) && values[i] < 0.5 + Tolerance) { first = i; break; }
        }
        if (first < 0) return double.NaN;
        if (Math.Abs(values[first] - 0.5) < Tolerance)
        {
            for (var j = first + 1; j < values.Count; j++)
            {
                if (!double.IsNaN(values[j]) && values[j] < 0.5 + Tolerance && values[j] < values[first])
                    return (times[first] + times[j]) / 2;
            }
        }
        return times[first];
    }

    /// <summary>SAS PROC LIFETEST's percentile and its Brookmeyer–Crowley interval (see <see cref="QuantileRule.SasLifetest"/>).</summary>
    public static SurvivalQuantile Sas(IReadOnlyList<KaplanMeierRow> rows, double p, ConfidenceIntervalType type, double z)
    {
        var events = rows.Where(r => r.NEvent > 0).ToList();
        var target = 1 - p;
        var time = double.NaN;
        for (var j = 0; j < events.Count; j++)
        {
            var s = events[j].Survival;
            if (s > target + Tolerance) continue;
            if (Math.Abs(s - target) <= Tolerance)
                time = j + 1 < events.Count ? (events[j].Time + events[j + 1].Time) / 2 : double.NaN;
            else
                time = events[j].Time;
            break;
        }

        var firstIn = -1;
        var lastIn = -1;
        for (var j = 0; j < events.Count; j++)
        {
            var s = events[j].Survival;
            var se = events[j].StdErr;
            if (!(s > 0 && s < 1) || !(se > 0) || !double.IsFinite(se)) continue;
            var (g, gPrime) = Transform(type, s);
            var statistic = (g - Transform(type, target).Value) / (gPrime * se);
            if (Math.Abs(statistic) <= z)
            {
                if (firstIn < 0) firstIn = j;
                lastIn = j;
            }
        }
        var lower = firstIn >= 0 ? events[firstIn].Time : double.NaN;
        var upper = lastIn >= 0 && lastIn + 1 < events.Count ? events[lastIn + 1].Time : double.NaN;
        return new SurvivalQuantile(p, time, lower, upper, QuantileRule.SasLifetest);
    }

    private static (double Value, double Derivative) Transform(ConfidenceIntervalType type, double x) => type switch
    {
        ConfidenceIntervalType.LogLog => (Math.Log(-Math.Log(x)), 1 / (x * Math.Log(x))),
        ConfidenceIntervalType.Log => (Math.Log(x), 1 / x),
        ConfidenceIntervalType.Plain => (x, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown confidence interval type."),
    };
}
