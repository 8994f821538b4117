using AnalysisKit.MetaAnalysis;

namespace AnalysisKit.Comparison;

/// <summary>
/// One outcome compared across trials: each trial's count, and the random-effects pooled
/// proportion when at least two trials print a comparable figure.
/// </summary>
/// <param name="Outcome">Outcome name, e.g. <c>objective_response</c>.</param>
/// <param name="Counts">The trials' counts, in file order.</param>
/// <param name="Result">The meta-analysis, or null when it was not run.</param>
/// <param name="NotPooledBecause">Why no pooled estimate is given, or null when there is one.</param>
public sealed record PooledOutcome(string Outcome, IReadOnlyList<OutcomeCount> Counts, ProportionMetaAnalysisResult? Result, string? NotPooledBecause)
{
    /// <summary>
    /// What makes the trials' figures unequal, one line per trial (criteria, timing, notes), to
    /// be shown next to every pooled number.
    /// </summary>
    public IReadOnlyList<string> Caveats =>
        Counts.Select(c => $"{c.Trial}: {c.Criteria}; assessed {c.Assessment}; denominator {c.DenominatorSource}" +
                           (c.Note.Length > 0 ? $"; {c.Note}" : "")).ToList();
}
