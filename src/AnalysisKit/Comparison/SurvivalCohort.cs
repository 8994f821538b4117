namespace AnalysisKit.Comparison;

/// <summary>One trial's follow-up for one endpoint, ready to be compared with other trials.</summary>
/// <param name="Trial">Trial id.</param>
/// <param name="Endpoint">Endpoint name as the trial defines it (e.g. <c>os</c>, <c>pfs</c>, <c>ttp</c>).</param>
/// <param name="Time">Follow-up times, in months.</param>
/// <param name="Event">True for an event, false for censoring.</param>
/// <param name="Synthetic">True when the patients were reconstructed from published summaries.</param>
public sealed record SurvivalCohort(string Trial, string Endpoint, IReadOnlyList<double> Time, IReadOnlyList<bool> Event, bool Synthetic);
