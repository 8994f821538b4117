using AnalysisKit.MetaAnalysis;

namespace AnalysisKit.Comparison;

/// <summary>
/// Random-effects meta-analysis of each outcome of an <see cref="OutcomeTable"/> across the
/// trials that print it, as <c>metafor::rma(measure = "PLO" | "PFT", method = "REML" | "DL")</c>.
/// Single-arm trials with different criteria, timing and populations are pooled only to show
/// their spread: every result carries the per-trial caveats.
/// </summary>
public static class CrossTrialPooling
{
    /// <summary>Pools every outcome of the table (outcomes in file order).</summary>
    /// <param name="table">The outcome counts.</param>
    /// <param name="measure">Effect-size transform; metafor's PLO (logit) by default.</param>
    /// <param name="options">Estimator and adjustments; metafor's defaults (REML, no Hartung–Knapp) when null.</param>
    public static IReadOnlyList<PooledOutcome> PoolAll(OutcomeTable table, ProportionMeasure measure = ProportionMeasure.Logit, RandomEffectsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Outcomes.Select(outcome => Pool(table, outcome, measure, options)).ToList();
    }

    /// <summary>Pools one outcome; with fewer than two trials no model is fitted and the reason is given.</summary>
    public static PooledOutcome Pool(OutcomeTable table, string outcome, ProportionMeasure measure = ProportionMeasure.Logit, RandomEffectsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var counts = table.Of(outcome);
        if (counts.Count == 0)
            throw new ArgumentException($"No trial reports the outcome '{outcome}'; known outcomes: {string.Join(", ", table.Outcomes)}.", nameof(outcome));
        if (counts.Count < 2)
            return new PooledOutcome(outcome, counts, null, $"only {counts[0].Trial} prints a comparable figure; a random-effects model needs at least two trials.");
        var studies = counts.Select(c => new ProportionStudy(c.Trial, c.Events, c.Patients));
        return new PooledOutcome(outcome, counts, ProportionMetaAnalysis.Run(studies, measure, options), null);
    }
}
