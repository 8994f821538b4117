namespace AnalysisKit.Reconstruction.SparseSummaries;

/// <summary>
/// A survival curve that is exponential between knots: from (0, 1) through each knot
/// (tₖ, Sₖ) the log of survival is linear in time,
/// S(t) = Sₖ₋₁ · (Sₖ / Sₖ₋₁)^((t − tₖ₋₁)/(tₖ − tₖ₋₁)) for tₖ₋₁ ≤ t ≤ tₖ (constant hazard
/// λₖ = ln(Sₖ₋₁/Sₖ)/(tₖ − tₖ₋₁) on each piece), and after the last knot
/// S(t) = S_K · exp(−λ_tail (t − t_K)). It is the least-informative shape through printed points:
/// nothing but a constant hazard between two printed numbers.
/// </summary>
public sealed class PiecewiseExponentialSurvival
{
    private readonly double[] _times;
    private readonly double[] _survival;

    /// <summary>Builds the curve.</summary>
    /// <param name="knots">Points the curve passes through: times increasing and above 0, survival decreasing and strictly between 0 and 1.</param>
    /// <param name="tailHazard">Hazard after the last knot (per time unit); null keeps the hazard of the last piece.</param>
    /// <exception cref="ArgumentException">No knots, times not increasing, survival not decreasing or outside (0, 1), or a negative tail hazard.</exception>
    public PiecewiseExponentialSurvival(IReadOnlyList<(double Time, double Survival)> knots, double? tailHazard = null)
    {
        ArgumentNullException.ThrowIfNull(knots);
        if (knots.Count == 0)
            throw new ArgumentException("A survival curve needs at least one printed point to pass through.", nameof(knots));
        _times = new double[knots.Count + 1];
        _survival = new double[knots.Count + 1];
        _times[0] = 0;
        _survival[0] = 1;
        for (var k = 0; k < knots.Count; k++)
        {
            var (t, s) = knots[k];
            if (!double.IsFinite(t) || t <= _times[k])
                throw new ArgumentException($"Knot {k + 1} is at time {t}; knot times must be finite, above 0 and increasing.", nameof(knots));
            if (!(s > 0 && s < _survival[k]))
                throw new ArgumentException($"Knot {k + 1} has survival {s}; survival must lie between 0 and the previous knot's {_survival[k]}.", nameof(knots));
            _times[k + 1] = t;
            _survival[k + 1] = s;
        }
        var last = knots.Count;
        TailHazard = tailHazard ?? Math.Log(_survival[last - 1] / _survival[last]) / (_times[last] - _times[last - 1]);
        if (!(TailHazard > 0) || !double.IsFinite(TailHazard))
            throw new ArgumentException($"The hazard after the last knot ({TailHazard}) must be a positive number.", nameof(tailHazard));
        Knots = knots.ToArray();
    }

    /// <summary>The knots the curve passes through, without the start (0, 1).</summary>
    public IReadOnlyList<(double Time, double Survival)> Knots { get; }

    /// <summary>Hazard after the last knot (per time unit).</summary>
    public double TailHazard { get; }

    /// <summary>An exponential curve with the given median: S(t) = 2^(−t/median).</summary>
    /// <exception cref="ArgumentException">The median is not a positive number.</exception>
    public static PiecewiseExponentialSurvival WithMedian(double median) => new([(median, 0.5)]);

    /// <summary>S(t) for t ≥ 0.</summary>
    public double SurvivalAt(double time)
    {
        if (!(time >= 0)) throw new ArgumentException($"Survival is defined from time 0 on; {time} was given.", nameof(time));
        var k = 1;
        while (k < _times.Length && _times[k] < time) k++;
        if (k == _times.Length)
            return _survival[^1] * Math.Exp(-TailHazard * (time - _times[^1]));
        var fraction = (time - _times[k - 1]) / (_times[k] - _times[k - 1]);
        return _survival[k - 1] * Math.Pow(_survival[k] / _survival[k - 1], fraction);
    }

    /// <summary>The time at which the curve reaches <paramref name="survival"/> (the inverse of <see cref="SurvivalAt"/>).</summary>
    /// <exception cref="ArgumentException"><paramref name="survival"/> is not strictly between 0 and 1.</exception>
    public double TimeAt(double survival)
    {
        if (!(survival > 0 && survival < 1))
            throw new ArgumentException($"A survival level strictly between 0 and 1 is needed; {survival} was given.", nameof(survival));
        var k = 1;
        while (k < _survival.Length && _survival[k] > survival) k++;
        if (k == _survival.Length)
            return _times[^1] + Math.Log(_survival[^1] / survival) / TailHazard;
        var fraction = Math.Log(survival / _survival[k - 1]) / Math.Log(_survival[k] / _survival[k - 1]);
        return _times[k - 1] + fraction * (_times[k] - _times[k - 1]);
    }

    /// <summary>
    /// Event times of <paramref name="n"/> patients placed deterministically at the quantiles of
    /// the curve: the i-th earliest event (i = 1..n) at the time where S = 1 − (i − ½)/n.
    /// Returned in increasing order.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="n"/> is below 1.</exception>
    public double[] QuantileTimes(int n)
    {
        if (n < 1) throw new ArgumentException($"At least one patient is needed; {n} was given.", nameof(n));
        return Enumerable.Range(1, n).Select(i => TimeAt(1 - (i - 0.5) / n)).ToArray();
    }
}
