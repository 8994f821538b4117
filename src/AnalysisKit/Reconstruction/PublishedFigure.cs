using AnalysisKit.Survival;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// What a reader can take from a printed Kaplan–Meier figure: the digitised points of the curve,
/// the number-at-risk table printed under it and, when printed, the total number of events.
/// </summary>
/// <param name="Curve">The digitised points.</param>
/// <param name="AtRisk">The number-at-risk table.</param>
/// <param name="TotalEvents">The total number of events, when the publication prints it.</param>
public sealed record PublishedFigure(DigitisedCurve Curve, IReadOnlyList<NumberAtRisk> AtRisk, int? TotalEvents)
{
    /// <summary>
    /// "Prints" a fitted curve and "reads it back" as a reader would, so that the truth behind a
    /// reconstruction is known: the points are the two corners of every step of the curve
    /// (just before and at each event time, (t, S(t−)) and (t, S(t))), plus the last observed
    /// time; survival is rounded to <paramref name="survivalDecimals"/> decimals and times to
    /// <paramref name="timeDecimals"/>, as reading a figure loses precision. Censoring marks
    /// are not read. The number at risk at each of <paramref name="atRiskTimes"/> is the number
    /// of patients followed to at least that time (<see cref="KaplanMeierCurve.SurvivalAt"/>,
    /// R's <c>summary(fit, times)$n.risk</c>).
    /// </summary>
    /// <param name="curve">The curve to print (from the full data).</param>
    /// <param name="atRiskTimes">The times of the at-risk table, starting at 0, none after the last observed time.</param>
    /// <param name="survivalDecimals">Decimals of survival kept (default 3).</param>
    /// <param name="timeDecimals">Decimals of time kept (default 1).</param>
    /// <param name="printTotalEvents">Whether the figure prints the total number of events (default true).</param>
    /// <exception cref="ArgumentException">The at-risk times do not start at 0, do not increase, or pass the last observed time.</exception>
    public static PublishedFigure Read(KaplanMeierCurve curve, IReadOnlyList<double> atRiskTimes,
        int survivalDecimals = 3, int timeDecimals = 1, bool printTotalEvents = true)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(atRiskTimes);
        if (atRiskTimes.Count == 0 || atRiskTimes[0] != 0)
            throw new ArgumentException("The at-risk table must start at time 0.", nameof(atRiskTimes));
        for (var i = 1; i < atRiskTimes.Count; i++)
        {
            if (!(atRiskTimes[i] > atRiskTimes[i - 1]))
                throw new ArgumentException($"The at-risk times must increase; {atRiskTimes[i]} follows {atRiskTimes[i - 1]}.", nameof(atRiskTimes));
        }
        if (atRiskTimes[^1] > curve.LastTime)
            throw new ArgumentException($"The at-risk time {atRiskTimes[^1]} lies after the last observed time {curve.LastTime}.", nameof(atRiskTimes));

        var times = new List<double>();
        var survival = new List<double>();
        var before = 1.0;
        foreach (var row in curve.Rows.Where(r => r.NEvent > 0))
        {
            times.Add(Math.Round(row.Time, timeDecimals, MidpointRounding.AwayFromZero));
            survival.Add(Math.Round(before, survivalDecimals, MidpointRounding.AwayFromZero));
            times.Add(Math.Round(row.Time, timeDecimals, MidpointRounding.AwayFromZero));
            survival.Add(Math.Round(row.Survival, survivalDecimals, MidpointRounding.AwayFromZero));
            before = row.Survival;
        }
        times.Add(Math.Round(curve.LastTime, timeDecimals, MidpointRounding.AwayFromZero));
        survival.Add(Math.Round(before, survivalDecimals, MidpointRounding.AwayFromZero));

        var atRisk = curve.SurvivalAt(atRiskTimes, extend: true).Select(s => new NumberAtRisk(s.Time, s.NRisk)).ToList();
        return new PublishedFigure(new DigitisedCurve(times, survival), atRisk, printTotalEvents ? curve.Events : null);
    }
}
