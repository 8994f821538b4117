namespace AnalysisKit.MetaAnalysis;

/// <summary>Leave-one-out sensitivity analysis, metafor's <c>leave1out(rma(...))</c>.</summary>
public static class LeaveOneOut
{
    /// <summary>
    /// Refits the model once per study with that study omitted, in input order.
    /// </summary>
    /// <param name="studies">Study names, one per effect size.</param>
    /// <param name="yi">Effect sizes.</param>
    /// <param name="vi">Sampling variances.</param>
    /// <param name="options">The settings of the full model.</param>
    public static IReadOnlyList<LeaveOneOutFit> Fit(IReadOnlyList<string> studies, IReadOnlyList<double> yi, IReadOnlyList<double> vi, RandomEffectsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(studies);
        options ??= new RandomEffectsOptions();
        RandomEffectsModel.Fit(yi, vi, options); // validates the inputs as the full model does
        if (studies.Count != yi.Count)
            throw new ArgumentException($"There are {studies.Count} study names but {yi.Count} effect sizes.", nameof(studies));
        var rows = new List<LeaveOneOutFit>(yi.Count);
        for (var omit = 0; omit < yi.Count; omit++)
        {
            var y = yi.Where((_, i) => i != omit).ToArray();
            var v = vi.Where((_, i) => i != omit).ToArray();
            RandomEffectsFit? model;
            try
            {
                model = RandomEffectsModel.FitValidated(y, v, options);
            }
            catch (InvalidOperationException)
            {
                model = null;
            }
            rows.Add(new LeaveOneOutFit(studies[omit], model));
        }
        return rows;
    }
}
