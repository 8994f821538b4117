using System.Globalization;
using System.Net;
using System.Text;
using AnalysisKit.Display;
using AnalysisKit.Reproduction;
using AnalysisKit.Reproduction.Report;

namespace AnalysisKit.Views;

/// <summary>
/// A trial's ledger claims grouped by where the paper prints them (Abstract, Results, Table 1,
/// ...): for each place every printed number with the kit's number and its status, in the
/// report's own rendering (<see cref="LedgerHtml.ClaimsTable"/>). Nothing is filtered: a number
/// that disagrees with the paper is shown as disagreeing.
/// </summary>
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed class TrialClaimsView : IHtmlDisplay
{
    private TrialClaimsView(TrialReproduction trial, IReadOnlyList<ClaimGroup> groups)
    {
        Trial = trial;
        Groups = groups;
    }

    /// <summary>The trial's ledger.</summary>
    public TrialReproduction Trial { get; }

    /// <summary>The groups shown, one per place (<see cref="Claim.Table"/>), in the ledger's order of first appearance.</summary>
    public IReadOnlyList<ClaimGroup> Groups { get; }

    /// <summary>Every claim of the trial, grouped by place.</summary>
    public static TrialClaimsView Of(TrialReproduction trial) => Of(trial, null);

    /// <summary>
    /// The claims of the places named in <paramref name="tables"/> (<c>Abstract</c>, <c>Results</c>,
    /// <c>Table4</c>, ...); all places when null.
    /// </summary>
    /// <exception cref="ArgumentException">A name is not a place of this trial's ledger.</exception>
    public static TrialClaimsView Of(TrialReproduction trial, params string[]? tables)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var all = trial.Claims.GroupBy(c => c.Table, StringComparer.Ordinal)
            .Select(g => new ClaimGroup(g.Key, g.First().Source, g.ToList())).ToList();
        if (tables is null || tables.Length == 0) return new TrialClaimsView(trial, all);
        var unknown = tables.Where(t => all.All(g => g.Table != t)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException(
                $"{trial.Trial} prints no numbers in {string.Join(", ", unknown)}; its places are {string.Join(", ", all.Select(g => g.Table))}.", nameof(tables));
        return new TrialClaimsView(trial, all.Where(g => tables.Contains(g.Table, StringComparer.Ordinal)).ToList());
    }

    /// <summary>
    /// Counts by status per place: <c>place, claims, reproduced, differs, conflict, not reproducible</c>,
    /// then a row <c>all</c> with the totals of the places shown.
    /// </summary>
    public DisplayTable StatusCounts()
    {
        var table = new DisplayTable($"{Trial.Trial}: status of every printed number", "place", "claims", "reproduced", "differs", "conflict", "not reproducible");
        foreach (var g in Groups)
        {
            var s = ReproductionSummary.Of(g.Claims.ToList());
            table.AddRow(g.Source, s.Claims, s.Reproduced, s.Differs, s.Conflict, s.NotReproducible);
        }
        var all = ReproductionSummary.Of(Groups.SelectMany(g => g.Claims).ToList());
        table.AddRow("all", all.Claims, all.Reproduced, all.Differs, all.Conflict, all.NotReproducible);
        return table;
    }

    /// <summary>The status counts, then one heading and claims table per place; a banner when the kit's numbers come from synthetic patients.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<div class=\"").Append(LedgerHtml.ScopeClass).Append("\">").Append(LedgerHtml.ScopedStyle);
        if (Trial.SyntheticData) html.Append(LedgerHtml.SyntheticBanner(Trial.PatientDataFile));
        html.Append(StatusCounts().ToHtml());
        foreach (var g in Groups)
        {
            var s = ReproductionSummary.Of(g.Claims.ToList());
            html.Append(CultureInfo.InvariantCulture, $"<h4>{E(g.Source)}: {s}</h4>");
            html.Append(LedgerHtml.ClaimsTable(g.Claims));
        }
        html.Append("</div>");
        return html.ToString();
    }

    /// <summary>The status counts and, per place, one line per claim: <c>status  column  published → reproduced  (row)</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(StatusCounts().ToString());
        foreach (var g in Groups)
        {
            text.Append('\n').Append(g.Source).Append('\n');
            foreach (var c in g.Claims)
                text.Append(CultureInfo.InvariantCulture, $"  {c.StatusName,-16} {c.RowGroup} / {c.RowLabel} / {c.Column}: {c.Published} -> {LedgerHtml.Number(c.Reproduced)}{(c.Synthetic ? " (synthetic data)" : "")}\n");
        }
        return text.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>The claims printed in one place of a paper.</summary>
/// <param name="Table">The place's key: <c>Abstract</c>, <c>Results</c> or <c>TableN</c>.</param>
/// <param name="Source">The place as printed: "Abstract", "Table 4".</param>
/// <param name="Claims">Its claims, in ledger order.</param>
public sealed record ClaimGroup(string Table, string Source, IReadOnlyList<Claim> Claims);
