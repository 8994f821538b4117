namespace AnalysisKit.Reconstruction;

/// <summary>
/// One synthetic patient of a reconstructed data set: a follow-up time and whether it ended in
/// the event. Reconstructed patients agree with a publication in aggregate; none of them is a
/// real patient.
/// </summary>
/// <param name="Time">Follow-up time in the unit of the source figure.</param>
/// <param name="Event">True for an event, false for censoring.</param>
public sealed record PseudoPatient(double Time, bool Event);
