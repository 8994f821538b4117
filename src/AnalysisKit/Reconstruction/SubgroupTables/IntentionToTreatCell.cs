using AnalysisKit.Trials;

namespace AnalysisKit.Reconstruction;

/// <summary>
/// One printed intention-to-treat number (all enrolled patients: the tables' patients plus those added)
/// compared with the kit's Kaplan–Meier on the synthetic patients.
/// </summary>
/// <param name="Endpoint">PFS or OS.</param>
/// <param name="Printed">The printed statement.</param>
/// <param name="Reproduced">The kit's value (events, median or limit in months); NaN when not reached.</param>
/// <param name="Agrees">True when the printed text is a rounding of <paramref name="Reproduced"/> at its printed decimals (a count must be equal).</param>
/// <param name="Reason">Why the number is not reproduced; empty when it is.</param>
public sealed record IntentionToTreatCell(string Endpoint, PublishedValue Printed, double Reproduced, bool Agrees, string Reason);
