using System.Globalization;
using System.Net;
using System.Text;
using AnalysisKit.Consistency;

namespace AnalysisKit.Reproduction.Report;

/// <summary>
/// The HTML of the ledger's tables, shared by the offline report (<see cref="HtmlReport"/>) and
/// the notebook views, so that both show a claim the same way: one row per printed number with
/// where it is printed, the published text, the kit's number, its status (the row's class:
/// <c>reproduced</c>, <c>differs</c>, <c>conflict</c>, <c>not-reproducible</c>) and the note.
/// </summary>
public static class LedgerHtml
{
    /// <summary>Class of the element that <see cref="ScopedStyle"/> styles.</summary>
    public const string ScopeClass = "analysiskit-ledger";

    /// <summary>
    /// The status colours and table layout of the report, scoped to <see cref="ScopeClass"/> so that
    /// a notebook page keeps its own styles: green reproduced, yellow differs, red conflict, grey
    /// not-reproducible, purple "synthetic data" labels.
    /// </summary>
    public const string ScopedStyle =
        "<style>.analysiskit-ledger table{border-collapse:collapse;font-size:0.9em;margin:0.3em 0 1em 0}"
        + ".analysiskit-ledger th,.analysiskit-ledger td{border:1px solid #ccc;padding:0.2em 0.45em;text-align:left;vertical-align:top;color:#222}"
        + ".analysiskit-ledger caption{text-align:left;font-weight:bold;padding:0.3em 0}.analysiskit-ledger th{background:#f0f0f0}"
        + ".analysiskit-ledger td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.analysiskit-ledger table:not(.analysiskit-table) td:first-child{white-space:nowrap}.analysiskit-ledger table:not(.analysiskit-table) td:nth-child(5){min-width:13em}.analysiskit-ledger table:not(.analysiskit-table) td:nth-child(9){min-width:24em}"
        + ".analysiskit-ledger tr.reproduced td{background:#dff0d8}.analysiskit-ledger tr.differs td{background:#fcf8e3}"
        + ".analysiskit-ledger tr.conflict td{background:#f2dede}.analysiskit-ledger tr.not-reproducible td{background:#eeeeee;color:#555}"
        + ".analysiskit-ledger td.reproduced{background:#dff0d8}.analysiskit-ledger td.differs{background:#fcf8e3}"
        + ".analysiskit-ledger td.conflict{background:#f2dede}.analysiskit-ledger td.not-reproducible{background:#eeeeee}"
        + ".analysiskit-ledger .synthetic{display:inline-block;background:#6f42c1;color:#fff;border-radius:0.3em;padding:0 0.4em;font-size:0.8em}"
        + ".analysiskit-ledger li{margin-bottom:0.4em}</style>";

    /// <summary>
    /// The claims table: header <c>where, row group, row label, column, quantity, published,
    /// reproduced, status, note</c> and one row per claim (id = claim id, class = status), the
    /// kit's number rounded to 4 decimals (<see cref="Number"/>) and labelled
    /// <see cref="HtmlReport.SyntheticLabel"/> when computed from synthetic patients.
    /// </summary>
    public static string ClaimsTable(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var html = new StringBuilder();
        html.Append("<table>\n<tr><th>where</th><th>row group</th><th>row label</th><th>column</th><th>quantity</th><th>published</th><th>reproduced</th><th>status</th><th>note</th></tr>\n");
        foreach (var c in claims)
        {
            var synthetic = c.Synthetic ? $" <span class=\"synthetic\">{HtmlReport.SyntheticLabel}</span>" : "";
            html.Append(CultureInfo.InvariantCulture,
                $"<tr id=\"{E(c.Id)}\" class=\"{c.StatusName}\"><td>{E(c.Source)} line {c.SeedLine}</td><td>{E(c.RowGroup)}</td><td>{E(c.RowLabel)}</td><td><code>{E(c.Column)}</code></td>"
                + $"<td>{E(c.Quantity)}</td><td class=\"num\">{E(c.Published)}</td><td class=\"num\">{E(Number(c.Reproduced))}{synthetic}</td>"
                + $"<td>{E(c.StatusName)}</td><td>{E(c.Note)}</td></tr>\n");
        }
        html.Append("</table>\n");
        return html.ToString();
    }

    /// <summary>
    /// The banner over numbers computed from synthetic patients: the "synthetic data" label and a
    /// sentence naming the patient file (<paramref name="patientFile"/>, shown by its file name).
    /// </summary>
    public static string SyntheticBanner(string? patientFile) =>
        $"<p><span class=\"synthetic\">{HtmlReport.SyntheticLabel}</span> Survival numbers are computed from synthetic patients ({E(Path.GetFileName(patientFile ?? ""))}), reconstructed from the published summaries, not from the trial's own patients.</p>";

    /// <summary>
    /// The consistency findings as a numbered list (check name, explanation, the places cited), or
    /// the sentence "No printed numbers contradict each other." when there are none.
    /// </summary>
    public static string Findings(IReadOnlyList<ConsistencyFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count == 0) return "<p>No printed numbers contradict each other.</p>\n";
        var html = new StringBuilder("<ol>\n");
        foreach (var f in findings)
            html.Append($"<li><strong>{E(f.CheckName)}</strong>: {E(f.Explanation)}<br><small>{E(string.Join("; ", f.Places.Select(p => p.ToString())))}</small></li>\n");
        html.Append("</ol>\n");
        return html.ToString();
    }

    /// <summary>A reproduced number as the ledger shows it: rounded to 4 decimals, trailing zeros dropped; "—" when there is none.</summary>
    public static string Number(double? value) =>
        value is { } v ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : "—";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
