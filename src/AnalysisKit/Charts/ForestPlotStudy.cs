namespace AnalysisKit.Charts;

/// <summary>One study row of a forest plot, copied from a meta-analysis result (see <see cref="ForestPlotRequest.From(AnalysisKit.MetaAnalysis.ProportionMetaAnalysisResult, string, string)"/>).</summary>
/// <param name="Label">The study's name.</param>
/// <param name="Events">Number of patients with the event.</param>
/// <param name="Patients">Number of patients.</param>
/// <param name="Proportion">The study's own proportion x/n.</param>
/// <param name="Lower">Its exact (Clopper–Pearson) lower confidence limit.</param>
/// <param name="Upper">Its exact upper confidence limit.</param>
/// <param name="Weight">Its percentage weight in the random-effects model (metafor's <c>weights(fit)</c>).</param>
public sealed record ForestPlotStudy(string Label, int Events, int Patients, double Proportion, double Lower, double Upper, double Weight);
