using System.Globalization;
using System.Net;
using System.Text;
using AnalysisKit.Consistency;

namespace AnalysisKit.Reproduction.Report;

/// <summary>
/// Writes the ledger as a self-contained offline report: <c>index.html</c> with one summary row
/// per trial, and one page per trial (<c>&lt;id&gt;.html</c>) with the consistency findings,
/// the claims table (published against reproduced, status colour-coded, note) and a chart area
/// where <see cref="ReportSection"/> fragments are inserted in order. Styles are inline; the
/// pages reference no network resource. Numbers computed from synthetic patients carry the
/// label "synthetic data", and the chart area the warnings its charts carry
/// (<see cref="ReportSection.Warnings"/>).
/// </summary>
public static class HtmlReport
{
    /// <summary>Id of the element that holds a trial page's chart sections.</summary>
    public const string ChartAreaId = "charts";

    /// <summary>The label shown wherever a number comes from synthetic (reconstructed) patients.</summary>
    public const string SyntheticLabel = "synthetic data";

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 110em; }
        table { border-collapse: collapse; font-size: 0.9em; }
        th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
        th { background: #f0f0f0; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .reproduced { background: #dff0d8; }
        .differs { background: #fcf8e3; }
        .conflict { background: #f2dede; }
        .not-reproducible { background: #eeeeee; color: #555; }
        .synthetic { display: inline-block; background: #6f42c1; color: #fff; border-radius: 0.3em; padding: 0 0.4em; font-size: 0.8em; }
        .banner { border: 2px solid #6f42c1; padding: 0.5em 1em; margin: 1em 0; }
        .warning { border-left: 4px solid #6f42c1; padding: 0.2em 0.8em; margin: 0.6em 0; }
        li { margin-bottom: 0.4em; }
        code { font-size: 0.9em; }
        """;

    /// <summary>
    /// Writes <c>index.html</c> and one page per trial into <paramref name="folder"/> (created
    /// when missing) and returns the paths written, index first.
    /// </summary>
    /// <param name="ledger">The ledger to report.</param>
    /// <param name="folder">Output folder.</param>
    /// <param name="chartSections">Chart fragments per trial, inserted in order in the page's chart area; none when null.</param>
    /// <param name="head">Markup for every page's head, such as the one copy of plotly.js the charts share; empty for none.</param>
    /// <param name="comparisonBody">The body of the cross-trial page (<see cref="ComparisonPage"/>), written as <c>comparison.html</c> and linked from the index; none when null.</param>
    public static IReadOnlyList<string> Write(
        ReproductionLedger ledger, string folder, Func<TrialReproduction, IEnumerable<ReportSection>>? chartSections = null,
        string head = "", string? comparisonBody = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(head);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        var index = Path.Combine(folder, "index.html");
        File.WriteAllText(index, Index(ledger, comparisonBody is not null), new UTF8Encoding(false));
        written.Add(index);
        foreach (var trial in ledger.Trials)
        {
            var path = Path.Combine(folder, PageName(trial.Trial));
            File.WriteAllText(path, TrialPage(trial, chartSections?.Invoke(trial).ToList() ?? [], head), new UTF8Encoding(false));
            written.Add(path);
        }
        if (comparisonBody is not null)
        {
            var path = Path.Combine(folder, ComparisonPage.FileName);
            var html = new StringBuilder();
            Open(html, "The five trials compared", head);
            html.Append(comparisonBody);
            Close(html);
            File.WriteAllText(path, html.ToString(), new UTF8Encoding(false));
            written.Add(path);
        }
        return written;
    }

    /// <summary>File name of a trial's page: <c>&lt;id&gt;.html</c>.</summary>
    public static string PageName(string trial) => trial + ".html";

    /// <summary>The index page.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="linkComparison">Whether to link the cross-trial page.</param>
    public static string Index(ReproductionLedger ledger, bool linkComparison = false)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var html = new StringBuilder();
        Open(html, "Reproduction report", "");
        html.Append("<h1>Reproduction report</h1>\n<p>Every number printed in the papers, recomputed by the kit from the most primary data it holds. ");
        html.Append("A claim is <span class=\"reproduced\">reproduced</span> when the kit's number, rounded to the printed decimals, equals the printed number; ");
        html.Append("<span class=\"differs\">differs</span> when it does not; <span class=\"conflict\">conflict</span> when it contradicts another printed number; ");
        html.Append("<span class=\"not-reproducible\">not-reproducible</span> when no data in the kit can recompute it.</p>\n");
        html.Append("<table>\n<tr><th>trial</th><th>paper</th><th>claims</th><th>reproduced</th><th>differs</th><th>conflict</th><th>not reproducible</th><th>findings</th><th>data</th></tr>\n");
        foreach (var t in ledger.Trials)
        {
            var s = t.Summary;
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td><a href=\"{E(PageName(t.Trial))}\">{E(t.Trial)}</a></td><td>{E(t.Title)} <em>{E(t.Citation)}</em></td>"
                + $"<td class=\"num\">{s.Claims}</td><td class=\"num reproduced\">{s.Reproduced}</td><td class=\"num differs\">{s.Differs}</td>"
                + $"<td class=\"num conflict\">{s.Conflict}</td><td class=\"num not-reproducible\">{s.NotReproducible}</td><td class=\"num\">{t.Findings.Count}</td>"
                + $"<td>{(t.SyntheticData ? $"<span class=\"synthetic\">{SyntheticLabel}</span>" : t.PatientDataFile is null ? "published numbers only" : "patient-level data")}</td></tr>\n");
        }
        html.Append("</table>\n");
        if (linkComparison)
            html.Append($"<p><a href=\"{ComparisonPage.FileName}\">The five trials compared</a>: trials lined up, pooled proportions, time-to-event results, cited figures.</p>\n");
        Close(html);
        return html.ToString();
    }

    /// <summary>The page of one trial, with <paramref name="chartSections"/> in its chart area.</summary>
    /// <param name="trial">The trial's reproduction.</param>
    /// <param name="chartSections">Chart fragments, in order.</param>
    /// <param name="head">Markup for the page's head (the shared plotly.js); empty for none.</param>
    public static string TrialPage(TrialReproduction trial, IReadOnlyList<ReportSection> chartSections, string head = "")
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(chartSections);
        var html = new StringBuilder();
        Open(html, trial.Trial + " — reproduction", head);
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"index.html\">All trials</a></p>\n<h1>{E(trial.Trial)}</h1>\n<p>{E(trial.Title)} <em>{E(trial.Citation)}</em></p>\n");
        if (trial.SyntheticData)
            html.Append($"<p class=\"banner\"><span class=\"synthetic\">{SyntheticLabel}</span> Survival numbers of this page are computed from synthetic patients reconstructed from the published curves ({E(Path.GetFileName(trial.PatientDataFile ?? ""))}), not from the trial's own patients.</p>\n");
        html.Append("<p>").Append(E(ReproductionText.SummaryLine(trial))).Append("</p>\n");

        html.Append(CultureInfo.InvariantCulture, $"<h2>Consistency findings ({trial.Findings.Count})</h2>\n");
        html.Append(LedgerHtml.Findings(trial.Findings));

        html.Append($"<h2 id=\"{ChartAreaId}-heading\">Charts</h2>\n<div id=\"{ChartAreaId}\">\n");
        if (chartSections.Count == 0) html.Append("<p>No charts for this trial.</p>\n");
        html.Append(Warnings(chartSections.SelectMany(s => s.Warnings)));
        foreach (var section in chartSections)
            html.Append($"<section class=\"chart\">\n<h3>{E(section.Title)}</h3>\n{section.Html}\n</section>\n");
        html.Append("</div>\n");

        html.Append(CultureInfo.InvariantCulture, $"<h2>Claims ({trial.Claims.Count})</h2>\n");
        html.Append(LedgerHtml.ClaimsTable(trial.Claims));
        Close(html);
        return html.ToString();
    }

    /// <summary>
    /// Each distinct warning once, in order, as <c>&lt;p class="warning"&gt;Warning: …&lt;/p&gt;</c>
    /// (the pages' style marks it); the empty string when there is none.
    /// </summary>
    public static string Warnings(IEnumerable<string> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        return string.Concat(warnings.Distinct(StringComparer.Ordinal).Select(w => $"<p class=\"warning\"><strong>Warning:</strong> {E(w)}</p>\n"));
    }

    private static void Open(StringBuilder html, string title, string head)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<title>{E(title)}</title>\n<style>\n{Style}\n</style>\n{head}</head>\n<body>\n");
    }

    private static void Close(StringBuilder html) => html.Append("</body>\n</html>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
