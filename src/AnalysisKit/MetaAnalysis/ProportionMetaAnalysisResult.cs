namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// A random-effects meta-analysis of single proportions: the studies on the analysis scale, the
/// model, the pooled proportion and its intervals back-transformed, and the leave-one-out fits.
/// This one object is what text output, the JSON of <c>analysis-kit meta</c> and charts read.
/// </summary>
/// <param name="Measure">Scale of the analysis (PLO or PFT).</param>
/// <param name="Studies">Each study's counts, yi, vi and exact interval, in input order (<c>escalc</c>).</param>
/// <param name="Model">The random-effects model on the analysis scale (<c>rma</c>, <c>predict</c>, <c>weights</c>).</param>
/// <param name="Proportion">Pooled estimate back-transformed to a proportion (<c>predict(fit, transf = ...)$pred</c>).</param>
/// <param name="ProportionLower">Back-transformed lower confidence bound.</param>
/// <param name="ProportionUpper">Back-transformed upper confidence bound.</param>
/// <param name="ProportionPredictionLower">Back-transformed lower prediction bound.</param>
/// <param name="ProportionPredictionUpper">Back-transformed upper prediction bound.</param>
/// <param name="LeaveOneOut">One refit per omitted study, in input order (<c>leave1out</c>), on the analysis scale.</param>
public sealed record ProportionMetaAnalysisResult(
    ProportionMeasure Measure,
    IReadOnlyList<StudyEffect> Studies,
    RandomEffectsFit Model,
    double Proportion, double ProportionLower, double ProportionUpper,
    double ProportionPredictionLower, double ProportionPredictionUpper,
    IReadOnlyList<LeaveOneOutFit> LeaveOneOut)
{
    /// <summary>
    /// Back-transforms a value on the analysis scale to a proportion, as the pooled values are:
    /// inverse logit for PLO, <c>transf.ipft.hm</c> at the harmonic mean of these studies' sizes for PFT.
    /// </summary>
    public double ToProportion(double value) => ProportionMetaAnalysis.ToProportion(Measure, value, Studies);
}
