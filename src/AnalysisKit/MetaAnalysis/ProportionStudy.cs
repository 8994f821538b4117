namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// One study's count of events (for example responders) among its patients, the input of a
/// meta-analysis of proportions. Counts are numbers so that a fractional or negative count read
/// from a file can be refused with a message naming the study.
/// </summary>
/// <param name="Study">The study's name (unique within one analysis).</param>
/// <param name="Events">Number of patients with the event, a whole number from 0 to <paramref name="Patients"/>.</param>
/// <param name="Patients">Number of patients, a whole number of at least 1.</param>
public sealed record ProportionStudy(string Study, double Events, double Patients);
