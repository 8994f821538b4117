namespace AnalysisKit.Reconstruction;

/// <summary>
/// One synthetic patient enrolled outside the population the tables describe (for example one of
/// 4 enrolled patients who received sorafenib only): progression-free and overall survival only,
/// since Table 1 describes the others. Agrees with the paper's intention-to-treat figures in aggregate only; no
/// real patient is described.
/// </summary>
/// <param name="Patient">Patient number, following the tables' patients.</param>
/// <param name="PfsMonths">Progression-free survival time in months (2 decimals).</param>
/// <param name="PfsEvent">True when PFS ended with progression or death.</param>
/// <param name="OsMonths">Overall survival time in months (2 decimals), never shorter than PFS.</param>
/// <param name="OsEvent">True when the patient died.</param>
public sealed record AddedPatient(int Patient, double PfsMonths, bool PfsEvent, double OsMonths, bool OsEvent)
{
    /// <summary>Time and event of one end point: "PFS" or "OS".</summary>
    /// <exception cref="ArgumentException">The end point is not PFS or OS.</exception>
    public (double Time, bool Event) Outcome(string endpoint) => endpoint switch
    {
        "PFS" => (PfsMonths, PfsEvent),
        "OS" => (OsMonths, OsEvent),
        _ => throw new ArgumentException($"The end point '{endpoint}' is not PFS or OS; the added patients have no other.", nameof(endpoint)),
    };

    /// <summary>
    /// True when the end points tell one story: OS is not shorter than PFS; a death with
    /// PFS = OS ends PFS as an event (death without progression); a PFS event before OS, or
    /// without an OS event, is a progression; a PFS censoring may be followed by death later.
    /// </summary>
    public bool IsCoherent => IsCoherentPair(PfsMonths, PfsEvent, OsMonths, OsEvent);

    /// <summary>The rule of <see cref="IsCoherent"/> for one pair of outcomes.</summary>
    public static bool IsCoherentPair(double pfsMonths, bool pfsEvent, double osMonths, bool osEvent) =>
        pfsMonths >= 0 && osMonths >= pfsMonths && !(osEvent && !pfsEvent && osMonths == pfsMonths);
}
