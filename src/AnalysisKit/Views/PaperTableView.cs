using System.Globalization;
using System.Net;
using System.Text;
using AnalysisKit.Display;
using AnalysisKit.Reproduction;
using AnalysisKit.Reproduction.Report;

namespace AnalysisKit.Views;

/// <summary>
/// One printed place of a paper (a table such as Table 4, or the abstract) laid out as the paper
/// lays it out: a row per printed row (row group, row label), a column per printed column, each
/// cell the published number coloured by its status (green reproduced, yellow differs, red
/// conflict, grey not reproducible). Where the kit's number is not the printed one, it follows
/// the printed one after an arrow. Every printed number of the place is shown, in a tenth of the
/// space of the claim-by-claim list (<see cref="TrialClaimsView"/>), which keeps the notes.
/// </summary>
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed class PaperTableView : IHtmlDisplay
{
    private PaperTableView(TrialReproduction trial, ClaimGroup place, IReadOnlyList<string> columns, IReadOnlyList<PaperRow> rows)
    {
        Trial = trial;
        Place = place;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The trial's ledger.</summary>
    public TrialReproduction Trial { get; }

    /// <summary>The place shown and its claims.</summary>
    public ClaimGroup Place { get; }

    /// <summary>The printed columns (<see cref="Claim.Column"/>), in the order they first appear in the ledger.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The printed rows, in ledger order.</summary>
    public IReadOnlyList<PaperRow> Rows { get; }

    /// <summary>The claims of <paramref name="table"/> (<c>Abstract</c>, <c>Results</c>, <c>Table4</c>, ...) as the paper lays them out.</summary>
    /// <exception cref="ArgumentException">The trial prints no numbers in <paramref name="table"/>.</exception>
    public static PaperTableView Of(TrialReproduction trial, string table)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentException.ThrowIfNullOrEmpty(table);
        var place = TrialClaimsView.Of(trial, table).Groups.Single();
        var columns = place.Claims.Select(c => c.Column).Distinct(StringComparer.Ordinal).ToList();
        var rows = place.Claims
            .GroupBy(c => (c.RowGroup, c.RowLabel))
            .Select(g => new PaperRow(g.Key.RowGroup, g.Key.RowLabel, g.ToDictionary(c => c.Column, StringComparer.Ordinal)))
            .ToList();
        return new PaperTableView(trial, place, columns, rows);
    }

    /// <summary>
    /// A <c>&lt;table&gt;</c> with the place as caption and its status counts, a header of
    /// <c>row group, row label</c> and the printed columns, and one row per printed row; each cell's
    /// class is its claim's status and, unless it is reproduced, its title (shown on hover) the
    /// claim's note, which says why. A banner says when the kit's
    /// numbers come from synthetic patients.
    /// </summary>
    public string ToHtml()
    {
        var s = ReproductionSummary.Of(Place.Claims.ToList());
        var html = new StringBuilder();
        html.Append("<div class=\"").Append(LedgerHtml.ScopeClass).Append("\">").Append(LedgerHtml.ScopedStyle);
        if (Place.Claims.Any(c => c.Synthetic)) html.Append(LedgerHtml.SyntheticBanner(Trial.PatientDataFile));
        html.Append(CultureInfo.InvariantCulture,
            $"<table><caption>{E(Trial.Trial)}, {E(Place.Source)}: {s}; printed → kit where they differ</caption>\n");
        html.Append("<tr><th>row group</th><th>row label</th>");
        foreach (var column in Columns) html.Append("<th>").Append(E(column)).Append("</th>");
        html.Append("</tr>\n");
        foreach (var row in Rows)
        {
            html.Append("<tr><td>").Append(E(row.RowGroup)).Append("</td><td>").Append(E(row.RowLabel)).Append("</td>");
            foreach (var column in Columns)
            {
                if (!row.Cells.TryGetValue(column, out var claim))
                {
                    html.Append("<td></td>");
                    continue;
                }
                var title = claim.Status == ClaimStatus.Reproduced ? "" : $" title=\"{E(claim.Note)}\"";
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"num {claim.StatusName}\"{title}>{E(Cell(claim))}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</table></div>");
        return html.ToString();
    }

    /// <summary>The caption, then one line per printed row: <c>row group / row label: column = cell; …</c>.</summary>
    public override string ToString()
    {
        var s = ReproductionSummary.Of(Place.Claims.ToList());
        var text = new StringBuilder($"{Trial.Trial}, {Place.Source}: {s}\n");
        foreach (var row in Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.RowGroup} / {row.RowLabel}: ");
            text.AppendJoin("; ", Columns.Where(row.Cells.ContainsKey).Select(c => $"{c} = {Cell(row.Cells[c])} ({row.Cells[c].StatusName})"));
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// A cell's text: the printed number, then "→" and the kit's number (<see cref="LedgerHtml.Number"/>)
    /// when the claim differs or conflicts.
    /// </summary>
    public static string Cell(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.Status is ClaimStatus.Differs or ClaimStatus.Conflict && claim.Reproduced is not null
            ? $"{claim.Published} → {LedgerHtml.Number(claim.Reproduced)}"
            : claim.Published;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>One printed row of a paper's table: its group, its label and its claims by column.</summary>
/// <param name="RowGroup">The row group as printed (for example "Sex").</param>
/// <param name="RowLabel">The row label as printed (for example "Female").</param>
/// <param name="Cells">The row's claims by <see cref="Claim.Column"/>.</param>
public sealed record PaperRow(string RowGroup, string RowLabel, IReadOnlyDictionary<string, Claim> Cells);
