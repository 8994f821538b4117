namespace AnalysisKit.Survival;

/// <summary>
/// A fitted Kaplan–Meier curve: the documented result that tables, charts and the command
/// line all read, like R's <c>survfit</c> object (<c>man/survfit.object.Rd</c>). Rows hold
/// one distinct observed time each; queries read survival at chosen times, quantiles, the
/// median and the restricted mean off these rows without refitting.
/// </summary>
public sealed partial class KaplanMeierCurve
{
    private readonly double _z;

    internal KaplanMeierCurve(string group, int n, IReadOnlyList<KaplanMeierRow> rows, KaplanMeierOptions options)
    {
        Group = group;
        N = n;
        Rows = rows;
        Events = rows.Sum(r => r.NEvent);
        ConfidenceType = options.ConfidenceType;
        ConfidenceLevel = options.ConfidenceLevel;
        QuantileRule = options.QuantileRule;
        _z = ConfidenceLimits.Z(options.ConfidenceLevel);
    }

    /// <summary>The group's label ("all" for an ungrouped fit).</summary>
    public string Group { get; }

    /// <summary>Number of patients in the curve (R's <c>n</c>).</summary>
    public int N { get; }

    /// <summary>Number of events (R's <c>sum(n.event)</c>).</summary>
    public int Events { get; }

    /// <summary>One row per distinct observed time (events and censorings), in time order.</summary>
    public IReadOnlyList<KaplanMeierRow> Rows { get; }

    /// <summary>Transform of the pointwise confidence intervals (R's <c>conf.type</c>).</summary>
    public ConfidenceIntervalType ConfidenceType { get; }

    /// <summary>Confidence level of every interval of this curve (R's <c>conf.int</c>).</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Rule used by <see cref="Quantile"/> and <see cref="Median"/>.</summary>
    public QuantileRule QuantileRule { get; }

    /// <summary>The largest observed time (event or censoring) of this curve.</summary>
    public double LastTime => Rows[^1].Time;

    /// <summary>
    /// Survival at chosen times, as R's <c>summary(fit, times = ..., extend = ...)</c>: times are
    /// sorted; each reads the row of the last observed time at or before it (S = 1 before the
    /// first; before any observation the values of the curve's start, SE 0 and limits 1).
    /// Times after the last observation are left out unless <paramref name="extend"/> is true,
    /// in which case the last values are carried forward with 0 at risk (R's <c>extend = TRUE</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A time is not a finite number (R silently drops such times).</exception>
    public IReadOnlyList<SurvivalAtTime> SurvivalAt(IEnumerable<double> times, bool extend = false)
    {
        ArgumentNullException.ThrowIfNull(times);
        var chosen = times.ToArray();
        for (var i = 0; i < chosen.Length; i++)
        {
            if (!double.IsFinite(chosen[i]))
                throw new ArgumentException($"times[{i}] is {chosen[i]}; survival can only be read at finite times.", nameof(times));
        }
        Array.Sort(chosen);

        // R works on survfit0(fit): a row at time 0 with S = 1 is put in front unless the curve starts at 0.
        var start = Rows[0].Time == 0
            ? Rows
            : [new KaplanMeierRow(0, Rows[0].NRisk, 0, 0, 1, 0, 0, 1, 1), .. Rows];
        var cumulativeEvents = new int[start.Count + 1];
        var cumulativeCensor = new int[start.Count + 1];
        for (var i = 0; i < start.Count; i++)
        {
            cumulativeEvents[i + 1] = cumulativeEvents[i] + start[i].NEvent;
            cumulativeCensor[i + 1] = cumulativeCensor[i] + start[i].NCensor;
        }

        var result = new List<SurvivalAtTime>();
        var previous = 0;
        foreach (var t in chosen)
        {
            if (!extend && t > LastTime) continue;
            var atOrBefore = CountAtOrBefore(start, t);           // R's findInterval
            var row = start[Math.Max(atOrBefore, 1) - 1];
            var firstAtOrAfter = CountBefore(start, t);           // R's findInterval(left.open = TRUE)
            var nRisk = firstAtOrAfter < start.Count ? start[firstAtOrAfter].NRisk : 0;
            result.Add(new SurvivalAtTime(
                t, nRisk,
                cumulativeEvents[atOrBefore] - cumulativeEvents[previous],
                cumulativeCensor[atOrBefore] - cumulativeCensor[previous],
                row.Survival, row.CumulativeHazardStdErr * row.Survival, row.Lower, row.Upper));
            previous = atOrBefore;
        }
        return result;
    }

    /// <summary>
    /// The p-quantile of survival time (the time by which a fraction p has had the event) with
    /// its confidence interval, by <see cref="QuantileRule"/>. With <see cref="QuantileRule.R"/>
    /// or <see cref="QuantileRule.RQuantileFunction"/> this is R's <c>quantile(fit, probs = p)</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="p"/> is not between 0 and 1.</exception>
    public SurvivalQuantile Quantile(double p)
    {
        if (!(p >= 0 && p <= 1))
            throw new ArgumentException($"The quantile probability {p} must be between 0 and 1 (0.5 for the median).", nameof(p));
        if (QuantileRule == QuantileRule.SasLifetest)
            return QuantileReading.Sas(Rows, p, ConfidenceType, _z);
        var times = Rows.Select(r => r.Time).ToArray();
        return new SurvivalQuantile(p,
            QuantileReading.RQuantile(times, Rows.Select(r => r.Survival).ToArray(), p),
            QuantileReading.RQuantile(times, Rows.Select(r => r.Lower).ToArray(), p),
            QuantileReading.RQuantile(times, Rows.Select(r => r.Upper).ToArray(), p),
            QuantileRule);
    }

    /// <summary>
    /// The median survival time and its confidence interval. With <see cref="QuantileRule.R"/>
    /// these are the <c>median</c>, <c>0.95LCL</c> and <c>0.95UCL</c> of <c>print.survfit</c>
    /// (<c>summary(fit)$table</c>): where 0.5 meets the curve, the lower band and the upper
    /// band. With <see cref="QuantileRule.SasLifetest"/> and <see cref="QuantileRule.RQuantileFunction"/>,
    /// <c>Quantile(0.5)</c>.
    /// </summary>
    public SurvivalQuantile Median
    {
        get
        {
            if (QuantileRule != QuantileRule.R) return Quantile(0.5);
            var times = Rows.Select(r => r.Time).ToArray();
            return new SurvivalQuantile(0.5,
                QuantileReading.RPrintedMedian(times, Rows.Select(r => r.Survival).ToArray()),
                QuantileReading.RPrintedMedian(times, Rows.Select(r => r.Lower).ToArray()),
                QuantileReading.RPrintedMedian(times, Rows.Select(r => r.Upper).ToArray()),
                QuantileRule.R);
        }
    }

    /// <summary>
    /// Restricted mean survival time up to <paramref name="tau"/> and its standard error, as
    /// <c>rmean</c> and <c>se(rmean)</c> of <c>summary(fit, rmean = tau)$table</c> (R's
    /// <c>survmean</c>): the area under the step curve from 0 to τ (the curve is carried flat
    /// past its last observation when τ lies beyond it).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="tau"/> is negative or not finite.</exception>
    public RestrictedMeanSurvival RestrictedMean(double tau)
    {
        if (!double.IsFinite(tau) || tau < 0)
            throw new ArgumentException($"The restriction time tau ({tau}) must be a finite time of 0 or more.", nameof(tau));
        var kept = Rows.Where(r => r.Time <= tau).ToList();
        if (kept.Count == 0) return new RestrictedMeanSurvival(tau, tau, 0);

        // Rectangles under the step curve: [0, t₁] at height 1, then [tᵢ₋₁, tᵢ] at S(tᵢ₋₁), the last ending at τ.
        var n = kept.Count + 1;
        var rectangles = new double[n];
        var hazardTerms = new double[n];
        var previousTime = 0.0;
        var previousSurvival = 1.0;
        for (var i = 0; i < n; i++)
        {
            var time = i < kept.Count ? kept[i].Time : tau;
            rectangles[i] = (time - previousTime) * previousSurvival;
            if (i < kept.Count)
            {
                var r = kept[i];
                hazardTerms[i] = r.NRisk == r.NEvent ? 0 : (double)r.NEvent / ((double)r.NRisk * (r.NRisk - r.NEvent));
                previousTime = r.Time;
                previousSurvival = r.Survival;
            }
        }
        var mean = 0.0;
        foreach (var rectangle in rectangles) mean += rectangle;

        // Var = Σᵢ hᵢ · (area from tᵢ to τ)², summed from the right as R does.
        var variance = 0.0;
        var areaAfter = 0.0;
        for (var i = n - 1; i >= 1; i--)
        {
            areaAfter += rectangles[i];
            variance += areaAfter * areaAfter * hazardTerms[i - 1];
        }
        return new RestrictedMeanSurvival(tau, mean, Math.Sqrt(variance));
    }

    /// <summary>
    /// Restricted mean up to this curve's last observed time, which is R's default
    /// (<c>rmean = "common"</c>) for a single curve. For several curves use
    /// <see cref="KaplanMeier.CommonRestrictionTime"/>.
    /// </summary>
    public RestrictedMeanSurvival RestrictedMean() => RestrictedMean(LastTime);

    private static int CountAtOrBefore(IReadOnlyList<KaplanMeierRow> rows, double t)
    {
        var count = 0;
        while (count < rows.Count && rows[count].Time <= t) count++;
        return count;
    }

    private static int CountBefore(IReadOnlyList<KaplanMeierRow> rows, double t)
    {
        var count = 0;
        while (count < rows.Count && rows[count].Time < t) count++;
        return count;
    }
}
