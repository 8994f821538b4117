namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// The scale on which single proportions are pooled: metafor's <c>escalc(measure = ...)</c>.
/// metafor has no default measure; the <c>analysis-kit meta</c> command uses <see cref="Logit"/>.
/// </summary>
public enum ProportionMeasure
{
    /// <summary>
    /// Logit-transformed proportion, <c>measure = "PLO"</c>: yi = log(p/(1 − p)), vi = 1/x + 1/(n − x).
    /// As metafor's defaults (<c>add = 1/2, to = "only0"</c>), a study with 0 events or with every
    /// patient an event gets 1/2 added to both its event and non-event counts (so n grows by 1);
    /// other studies are left alone. Back-transformed with the inverse logit (<c>transf.ilogit</c>).
    /// </summary>
    Logit,

    /// <summary>
    /// Freeman–Tukey double arcsine, <c>measure = "PFT"</c>:
    /// yi = ½·(asin √(x/(n + 1)) + asin √((x + 1)/(n + 1))), vi = 1/(4n + 2). No continuity
    /// correction (metafor sets <c>add = 0</c> for this measure). Back-transformed with the
    /// inverse of Miller (1978) at the harmonic mean of the study sizes (<c>transf.ipft.hm</c>).
    /// </summary>
    FreemanTukey,
}
