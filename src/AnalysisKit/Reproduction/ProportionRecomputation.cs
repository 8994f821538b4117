using System.Globalization;
using AnalysisKit.Consistency;
using AnalysisKit.Trials;

namespace AnalysisKit.Reproduction;

/// <summary>
/// Percentages from their counts and denominators, and counts pooled from the rows of a table
/// (a grade III–IV adverse-event count of the text from the grade 3 and grade 4 counts of the
/// adverse-event table).
/// </summary>
internal static class ProportionRecomputation
{
    /// <summary>100 · count / denominator, with the denominator explained when inferred.</summary>
    public static Recomputation Percentage(Trial trial, PublishedValue pct)
    {
        var basis = PercentageBasis.Of(trial, pct);
        var decimals = pct.Decimals ?? 0;
        var inference = InferenceNote(trial, pct, basis);
        if (basis.Count is { } count && basis.Denominator is { } denominator)
        {
            if (count > denominator)
                return Recomputation.Unavailable($"the count {count} exceeds the denominator {denominator}{inference}");
            var value = PercentageArithmetic.Percent(count, denominator);
            var from = basis.CountPlaces.Count > 1 ? $" ({basis.CountDescription})" : "";
            return new Recomputation(value, $"{count}/{denominator} = {PrintedText.Fixed(value, decimals + 2)}%{from}{inference}");
        }
        if (basis.Denominator is { } only)
        {
            var counts = Enumerable.Range(0, only + 1).Where(k => PrintedAgreement.Agrees(PercentageArithmetic.Percent(k, only), pct.Printed)).ToList();
            var allowed = counts.Count == 0 ? "no whole count gives it" : $"it implies {OneOf(counts)} of {only}";
            if (pct.Printed.IsApproximate) allowed = $"'{pct.Text}' covers {PrintedAgreement.RangeInWords(pct.Printed)}, so {allowed}";
            return Recomputation.Unavailable($"count not printed; {allowed}{inference}");
        }
        if (basis.Count is { } k2 && pct.Value is { } printed)
        {
            var denominators = PercentageArithmetic.Denominators(k2, printed, decimals, PercentageChecks.LargestDenominator);
            return Recomputation.Unavailable($"denominator not printed; {k2} at {pct.Text} allows a denominator of {PercentageChecks.DenominatorsInWords(denominators)}");
        }
        return Recomputation.Unavailable("neither the count nor the denominator is printed");
    }

    /// <summary>
    /// A count of the running text pooled from a printed table: for a grade III–IV adverse event,
    /// the grade 3 plus grade 4 counts of the adverse-event table rows with the same name (or, for
    /// a name joining two events with "or", the rows whose words it contains). Null when the
    /// trial has no such table or row.
    /// </summary>
    public static Recomputation? PooledAdverseEvents(Trial trial, PublishedValue count)
    {
        if (!count.RowGroup.StartsWith("Grade III", StringComparison.OrdinalIgnoreCase) || count.Column != "n") return null;
        var table = trial.CountTables.FirstOrDefault(t => t.Columns.Any(c => c.Name == "grade3_n") && t.Columns.Any(c => c.Name == "grade4_n"));
        if (table is null) return null;
        var rows = table.Rows.Where(r => string.Equals(r.RowLabel, count.RowLabel, StringComparison.OrdinalIgnoreCase)).ToList();
        if (rows.Count == 0)
        {
            var words = Words(count.RowLabel);
            rows = table.Rows.Where(r => Words(r.RowLabel).IsSubsetOf(words)).ToList();
        }
        if (rows.Count == 0 || rows.Any(r => r["grade3_n"]?.Value is null || r["grade4_n"]?.Value is null)) return null;
        var parts = rows.SelectMany(r => new[] { (r.RowLabel, "grade 3", r["grade3_n"]!.Value!.Value), (r.RowLabel, "grade 4", r["grade4_n"]!.Value!.Value) }).ToList();
        var sum = parts.Sum(p => p.Item3);
        var terms = string.Join(" + ", parts.Select(p => $"{p.Item3.ToString(CultureInfo.InvariantCulture)} ({p.RowLabel}, {p.Item2})"));
        var caveat = rows.Count > 1 ? "; a patient with both events counts twice in this sum" : "";
        return new Recomputation(sum, $"{ClaimId.SourceOf(table.Table)}: {terms} = {sum.ToString(CultureInfo.InvariantCulture)}{caveat}");
    }

    /// <summary>"9", "9 or 10", "8, 9, 10 or 11".</summary>
    private static string OneOf(IReadOnlyList<int> counts) =>
        counts.Count == 1 ? counts[0].ToString(CultureInfo.InvariantCulture)
        : string.Join(", ", counts.Take(counts.Count - 1).Select(c => c.ToString(CultureInfo.InvariantCulture))) + " or " + counts[^1].ToString(CultureInfo.InvariantCulture);

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static string InferenceNote(Trial trial, PublishedValue pct, PercentageBasis basis)
    {
        if (!basis.DenominatorInferred || basis.Denominator is not { } denominator) return "";
        if (ClaimId.IsTableName(pct.Table))
            return $"; denominator {denominator} taken from the table's title";
        var allowed = PercentageChecks.ImpliedDenominators(trial, pct.Table, pct.RowGroup);
        return allowed.Count == 0
            ? $"; denominator {denominator} inferred (not printed)"
            : $"; denominator {denominator} inferred: the counts and percentages printed for '{pct.RowGroup}' allow {PercentageChecks.DenominatorsInWords(allowed)}";
    }
}
