namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// One study on the analysis scale, as a row of metafor's <c>escalc</c>, with the study's own
/// proportion and its exact interval.
/// </summary>
/// <param name="Study">The study's name.</param>
/// <param name="Events">Number of events x.</param>
/// <param name="Patients">Number of patients n.</param>
/// <param name="Yi">Effect size on the measure's scale (after the 1/2 correction where the measure applies one).</param>
/// <param name="Vi">Its sampling variance.</param>
/// <param name="Proportion">x/n, without any correction.</param>
/// <param name="ProportionLower">Exact Clopper–Pearson lower bound of x/n (R's <c>binom.test</c>).</param>
/// <param name="ProportionUpper">Exact Clopper–Pearson upper bound of x/n.</param>
public sealed record StudyEffect(
    string Study, int Events, int Patients, double Yi, double Vi,
    double Proportion, double ProportionLower, double ProportionUpper);
