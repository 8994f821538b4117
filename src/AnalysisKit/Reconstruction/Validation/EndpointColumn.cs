namespace AnalysisKit.Reconstruction;

/// <summary>
/// One time-to-event endpoint of a set of patients, as the file columns
/// <c>&lt;name&gt;_months</c> and <c>&lt;name&gt;_event</c> hold it.
/// </summary>
/// <param name="Name">The endpoint's name in the file (<c>pfs</c>, <c>os</c>).</param>
/// <param name="Months">Time from the start of follow-up to the event or censoring, in months, one per patient.</param>
/// <param name="Events">True when the patient had the event at that time, false when censored then.</param>
public sealed record EndpointColumn(string Name, IReadOnlyList<double> Months, IReadOnlyList<bool> Events);
