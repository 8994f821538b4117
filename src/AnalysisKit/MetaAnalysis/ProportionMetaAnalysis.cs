namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// Random-effects meta-analysis of single proportions in metafor's order: effect sizes
/// (<c>escalc(measure, xi = events, ni = n)</c>), the model (<c>rma(yi, vi, method, test)</c>),
/// then <c>predict</c> with the back-transformation (<c>transf.ilogit</c> for PLO,
/// <c>transf.ipft.hm</c> with the study sizes for PFT) and <c>leave1out</c>.
/// </summary>
public static class ProportionMetaAnalysis
{
    /// <summary>Runs the whole analysis.</summary>
    /// <param name="studies">At least two studies with unique names and whole counts, 0 ≤ events ≤ patients, patients ≥ 1.</param>
    /// <param name="measure">Analysis scale (no default in metafor; the command line uses PLO).</param>
    /// <param name="options">Estimator, Hartung–Knapp and level; metafor's defaults when null (REML, z test, 95%).</param>
    /// <exception cref="ArgumentException">Impossible counts, a repeated or missing study name, or fewer than two studies; the message names the study.</exception>
    /// <exception cref="InvalidOperationException">REML did not converge.</exception>
    public static ProportionMetaAnalysisResult Run(IEnumerable<ProportionStudy> studies, ProportionMeasure measure = ProportionMeasure.Logit, RandomEffectsOptions? options = null)
    {
        options ??= new RandomEffectsOptions();
        RandomEffectsModel.ValidateOptions(options);
        var list = ProportionEffectSizes.Validate(studies);
        if (list.Count < 2)
            throw new ArgumentException(
                $"A random-effects meta-analysis needs at least two studies; only one was given ('{list[0].Study}').", nameof(studies));
        var effects = ProportionEffectSizes.Compute(list, measure, options.Level);
        var yi = effects.Select(e => e.Yi).ToArray();
        var vi = effects.Select(e => e.Vi).ToArray();
        var model = RandomEffectsModel.Fit(yi, vi, options);
        var leaveOneOut = LeaveOneOut.Fit(effects.Select(e => e.Study).ToArray(), yi, vi, options);
        double Back(double value) => ToProportion(measure, value, effects);
        return new ProportionMetaAnalysisResult(
            measure, effects, model,
            Back(model.Estimate), Back(model.CiLower), Back(model.CiUpper),
            Back(model.PredictionLower), Back(model.PredictionUpper),
            leaveOneOut);
    }

    internal static double ToProportion(ProportionMeasure measure, double value, IReadOnlyList<StudyEffect> studies) => measure switch
    {
        ProportionMeasure.Logit => ProportionTransforms.InverseLogit(value),
        ProportionMeasure.FreemanTukey => ProportionTransforms.InverseFreemanTukeyHarmonicMean(value, studies.Select(s => s.Patients)),
        _ => throw new ArgumentException($"Unknown measure {measure}.", nameof(measure)),
    };
}
