namespace AnalysisKit.Reconstruction;

/// <summary>
/// One synthetic patient reconstructed from published subgroup tables: every baseline variable
/// (the printed level text, keyed by column name) and each endpoint the tables print. The
/// patient agrees with the publication in aggregate only; no real patient is described.
/// </summary>
/// <param name="Patient">Patient number, 1 to n.</param>
/// <param name="Baseline">Level of every baseline column (column name → printed level text).</param>
/// <param name="Outcomes">Time and event of each endpoint, in the order of the trial's tables.</param>
public sealed record SyntheticPatient(
    int Patient,
    IReadOnlyDictionary<string, string> Baseline,
    IReadOnlyList<PatientOutcome> Outcomes)
{
    /// <summary>Time and event of one endpoint, by its name ("PFS").</summary>
    /// <exception cref="ArgumentException">The patient has no such endpoint.</exception>
    public (double Time, bool Event) Outcome(string endpoint)
    {
        foreach (var o in Outcomes)
            if (o.Endpoint == endpoint) return (o.Months, o.Event);
        throw new ArgumentException(
            $"The synthetic patients have no endpoint '{endpoint}'; they have {string.Join(", ", Outcomes.Select(o => o.Endpoint))}.", nameof(endpoint));
    }
}

/// <summary>One endpoint of a synthetic patient.</summary>
/// <param name="Endpoint">Endpoint name as the tables print it ("PFS").</param>
/// <param name="Months">Time to the event or censoring, in months (2 decimals).</param>
/// <param name="Event">True when the endpoint ended with its event; false when censored.</param>
public sealed record PatientOutcome(string Endpoint, double Months, bool Event);
