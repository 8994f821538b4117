namespace AnalysisKit.Reconstruction;

/// <summary>
/// One synthetic patient reconstructed from published subgroup tables: every baseline variable
/// (the printed level text, keyed by column name) and the three time-to-event end points. The
/// patient agrees with the publication in aggregate only; no real patient is described.
/// </summary>
/// <param name="Patient">Patient number, 1 to n.</param>
/// <param name="Baseline">Level of every baseline column (column name → printed level text).</param>
/// <param name="PfsMonths">Progression-free survival time in months (2 decimals).</param>
/// <param name="PfsEvent">True when PFS ended with progression or death.</param>
/// <param name="OsMonths">Overall survival time in months (2 decimals).</param>
/// <param name="OsEvent">True when the patient died.</param>
/// <param name="TtrpMonths">Time to radiographic progression in months (2 decimals).</param>
/// <param name="TtrpEvent">True when radiographic progression was seen.</param>
public sealed record SyntheticPatient(
    int Patient,
    IReadOnlyDictionary<string, string> Baseline,
    double PfsMonths,
    bool PfsEvent,
    double OsMonths,
    bool OsEvent,
    double TtrpMonths,
    bool TtrpEvent)
{
    /// <summary>Time and event of one end point: "PFS", "OS" or "TTRP".</summary>
    /// <exception cref="ArgumentException">The end point is not one of the three.</exception>
    public (double Time, bool Event) Outcome(string endpoint) => endpoint switch
    {
        "PFS" => (PfsMonths, PfsEvent),
        "OS" => (OsMonths, OsEvent),
        "TTRP" => (TtrpMonths, TtrpEvent),
        _ => throw new ArgumentException($"The end point '{endpoint}' is not PFS, OS or TTRP.", nameof(endpoint)),
    };
}
