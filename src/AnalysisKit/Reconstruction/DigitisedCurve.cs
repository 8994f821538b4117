namespace AnalysisKit.Reconstruction;

/// <summary>
/// Points read off a published Kaplan–Meier figure: times and survival proportions (0 to 1).
/// Digitising leaves noise, so <see cref="Clean"/> puts the points in time order, makes the
/// survival non-increasing (running minimum) and starts the curve at (0, 1), as the
/// reconstruction of Guyot et al. (BMC Med Res Methodol 2012;12:9) assumes.
/// </summary>
/// <param name="Time">Times of the digitised points, in the figure's unit.</param>
/// <param name="Survival">Survival proportions at those times, between 0 and 1.</param>
public sealed record DigitisedCurve(IReadOnlyList<double> Time, IReadOnlyList<double> Survival)
{
    /// <summary>
    /// The points sorted by time, survival clamped to [0, 1] and made non-increasing, with
    /// (0, 1) added at the start when the first point is later than time 0.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, there are no points, or a value is not a finite number or a time is negative.</exception>
    public DigitisedCurve Clean()
    {
        ArgumentNullException.ThrowIfNull(Time);
        ArgumentNullException.ThrowIfNull(Survival);
        if (Time.Count != Survival.Count)
            throw new ArgumentException($"The curve has {Time.Count} times but {Survival.Count} survival values; each digitised point needs both.");
        if (Time.Count == 0)
            throw new ArgumentException("The digitised curve has no points.");
        for (var i = 0; i < Time.Count; i++)
        {
            if (!double.IsFinite(Time[i]) || Time[i] < 0)
                throw new ArgumentException($"Digitised point {i + 1} has time {Time[i]}; times must be finite and 0 or more.");
            if (!double.IsFinite(Survival[i]))
                throw new ArgumentException($"Digitised point {i + 1} has survival {Survival[i]}, which is not a number.");
        }

        var order = Enumerable.Range(0, Time.Count).OrderBy(i => Time[i]).ThenByDescending(i => Survival[i]).ToArray();
        var times = new List<double>(order.Length + 1);
        var survival = new List<double>(order.Length + 1);
        if (Time[order[0]] > 0)
        {
            times.Add(0);
            survival.Add(1);
        }
        var running = 1.0;
        foreach (var i in order)
        {
            running = Math.Min(running, Math.Clamp(Survival[i], 0, 1));
            times.Add(Time[i]);
            survival.Add(times.Count == 1 ? 1 : running);
        }
        return new DigitisedCurve(times, survival);
    }
}
