namespace AnalysisKit.Simulation;

/// <summary>
/// Synthetic (simulated) survival data for teaching and for checking methods where the truth
/// must be known. Nothing produced here describes a real patient. Every draw comes from
/// <see cref="Random"/> seeded with the given seed, so the same call gives the same cohort.
/// </summary>
public static class SyntheticCohort
{
    /// <summary>
    /// A cohort with exponential event times and administrative censoring, as in a trial that
    /// recruits for <paramref name="accrualTime"/> and then follows everyone for
    /// <paramref name="followUpTime"/> more: the true survival is S(t) = exp(−λt) with
    /// λ = ln 2 / <paramref name="medianTime"/>, each patient enters at a uniform time in
    /// [0, accrual] and is censored at the analysis, accrual + follow-up after the start.
    /// Event times are drawn by inversion, T = −ln(U)/λ with U uniform on (0, 1]. Times are
    /// rounded to <paramref name="decimals"/> decimals (as published data are), which can tie them.
    /// </summary>
    /// <param name="n">Number of patients, at least 1.</param>
    /// <param name="medianTime">True median survival, greater than 0.</param>
    /// <param name="accrualTime">Length of recruitment, 0 or more.</param>
    /// <param name="followUpTime">Follow-up after the last patient entered, greater than 0.</param>
    /// <param name="seed">Seed of the random numbers.</param>
    /// <param name="decimals">Decimals kept in each time (default 2).</param>
    /// <exception cref="ArgumentException">A count or a time outside the ranges above.</exception>
    public static SyntheticPatients Exponential(int n, double medianTime, double accrualTime, double followUpTime, int seed, int decimals = 2)
    {
        if (n < 1) throw new ArgumentException($"The cohort needs at least one patient (n = {n}).", nameof(n));
        if (!(medianTime > 0) || !double.IsFinite(medianTime))
            throw new ArgumentException($"The true median ({medianTime}) must be a positive time.", nameof(medianTime));
        if (!(accrualTime >= 0) || !double.IsFinite(accrualTime))
            throw new ArgumentException($"The accrual time ({accrualTime}) must be 0 or more.", nameof(accrualTime));
        if (!(followUpTime > 0) || !double.IsFinite(followUpTime))
            throw new ArgumentException($"The follow-up time ({followUpTime}) must be positive.", nameof(followUpTime));
        if (decimals is < 0 or > 10) throw new ArgumentException($"Decimals ({decimals}) must be between 0 and 10.", nameof(decimals));

        var random = new Random(seed);
        var rate = Math.Log(2) / medianTime;
        var time = new double[n];
        var died = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var entry = random.NextDouble() * accrualTime;
            var eventTime = -Math.Log(1 - random.NextDouble()) / rate;
            var censorTime = accrualTime + followUpTime - entry;
            died[i] = eventTime <= censorTime;
            time[i] = Math.Round(Math.Min(eventTime, censorTime), decimals, MidpointRounding.AwayFromZero);
        }
        return new SyntheticPatients(time, died, medianTime);
    }
}

/// <summary>A synthetic cohort: follow-up times and event indicators, and the true median they were drawn with.</summary>
/// <param name="Time">Follow-up time of each synthetic patient.</param>
/// <param name="Died">True when follow-up ended with the event, false when censored.</param>
/// <param name="TrueMedian">The median of the distribution the event times were drawn from.</param>
public sealed record SyntheticPatients(double[] Time, bool[] Died, double TrueMedian)
{
    /// <summary>Number of synthetic patients.</summary>
    public int Count => Time.Length;

    /// <summary>Number of events.</summary>
    public int Events => Died.Count(d => d);

    /// <summary>The true survival probability S(t) = exp(−t·ln 2 / median) of the simulated distribution.</summary>
    public double TrueSurvival(double t) => Math.Exp(-t * Math.Log(2) / TrueMedian);
}
