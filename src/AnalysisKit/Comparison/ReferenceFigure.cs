namespace AnalysisKit.Comparison;

/// <summary>
/// A result of another study cited by one of the trials' papers (<c>data/external/reference-figures.csv</c>),
/// copied as the citing paper prints it.
/// </summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Study">The study, e.g. SHARP.</param>
/// <param name="Arm">The arm or group.</param>
/// <param name="Population">Whom it describes.</param>
/// <param name="Endpoint">OS, PFS or TTP.</param>
/// <param name="Statistic">"median (months)" or "hazard ratio".</param>
/// <param name="Printed">The printed text.</param>
/// <param name="Value">The printed value.</param>
/// <param name="Lower">Printed lower confidence limit, when printed.</param>
/// <param name="Upper">Printed upper confidence limit, when printed.</param>
/// <param name="ComparableEndpoint">The kit's endpoint it may be drawn against, or null when it is not comparable.</param>
/// <param name="Note">Why it is or is not comparable.</param>
/// <param name="SourceSentence">The citing sentence, verbatim.</param>
/// <param name="SeedLine">Line of the citing paper's text.</param>
/// <param name="CitedIn">The id of the trial whose paper prints it.</param>
public sealed record ReferenceFigure(
    string Id, string Study, string Arm, string Population, string Endpoint, string Statistic, string Printed,
    double Value, double? Lower, double? Upper, string? ComparableEndpoint, string Note, string SourceSentence, int SeedLine, string CitedIn);
