namespace AnalysisKit.MetaAnalysis;

/// <summary>
/// The transformations of a proportion that the meta-analysis pools on, and their inverses,
/// as metafor's <c>transf.*</c> functions.
/// </summary>
public static class ProportionTransforms
{
    /// <summary>Inverse logit 1/(1 + e^(−x)), metafor's <c>transf.ilogit</c> (R's <c>plogis</c>).</summary>
    public static double InverseLogit(double x) =>
        x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    /// <summary>
    /// Freeman–Tukey double arcsine of x events among n: ½·(asin √(x/(n + 1)) + asin √((x + 1)/(n + 1))),
    /// metafor's <c>transf.pft(x/n, n)</c>. Also defined for non-integer n.
    /// </summary>
    public static double FreemanTukey(double events, double patients) =>
        0.5 * (Math.Asin(Math.Sqrt(events / (patients + 1))) + Math.Asin(Math.Sqrt((events + 1) / (patients + 1))));

    /// <summary>
    /// Inverse Freeman–Tukey transform at study size n (Miller 1978), metafor's <c>transf.ipft</c>:
    /// ½·(1 − sign(cos 2z)·√(1 − (sin 2z + (sin 2z − 1/sin 2z)/n)²)); 0 below the value of 0 events
    /// and 1 above the value of n events; NaN where the square root has no real value.
    /// </summary>
    public static double InverseFreemanTukey(double z, double patients)
    {
        if (double.IsNaN(z)) return double.NaN;
        if (z > FreemanTukey(patients, patients)) return 1;
        if (z < FreemanTukey(0, patients)) return 0;
        var s = Math.Sin(2 * z);
        var inner = s + (s - 1 / s) / patients;
        return 0.5 * (1 - Math.Sign(Math.Cos(2 * z)) * Math.Sqrt(1 - inner * inner));
    }

    /// <summary>
    /// Inverse Freeman–Tukey transform at the harmonic mean of the study sizes, metafor's
    /// <c>transf.ipft.hm(z, targs = list(ni = n))</c>, the usual back-transformation of a pooled
    /// estimate.
    /// </summary>
    public static double InverseFreemanTukeyHarmonicMean(double z, IEnumerable<int> studySizes) =>
        InverseFreemanTukey(z, HarmonicMean(studySizes));

    /// <summary>Harmonic mean 1/mean(1/nᵢ) of the study sizes.</summary>
    public static double HarmonicMean(IEnumerable<int> studySizes)
    {
        ArgumentNullException.ThrowIfNull(studySizes);
        var sizes = studySizes.ToList();
        if (sizes.Count == 0) throw new ArgumentException("The harmonic mean needs at least one study size.", nameof(studySizes));
        return 1 / sizes.Average(n => 1.0 / n);
    }
}
