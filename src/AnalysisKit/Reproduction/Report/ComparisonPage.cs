using System.Net;
using System.Text;
using AnalysisKit.Comparison;
using AnalysisKit.Reconstruction;

namespace AnalysisKit.Reproduction.Report;

/// <summary>
/// The report's cross-trial page (<c>comparison.html</c>): the trials lined up, pooled
/// proportions with their caveats, time-to-event results side by side, the external reference
/// figures, and what single-arm trials allow one to conclude. The tables are the same
/// <see cref="ComparisonTables"/> the notebooks display; charts come in as <see cref="ReportSection"/>s.
/// </summary>
public static class ComparisonPage
{
    /// <summary>File name of the page.</summary>
    public const string FileName = "comparison.html";

    /// <summary>The contents of the comparison page.</summary>
    /// <param name="profiles">The harmonised trial profiles.</param>
    /// <param name="pooled">Each pooled outcome.</param>
    /// <param name="survival">One comparison per endpoint.</param>
    /// <param name="references">The external reference figures.</param>
    /// <param name="charts">Charts (forest plots, overlaid curves), inserted in order after the tables.</param>
    public static string Body(
        IReadOnlyList<TrialProfile> profiles, IReadOnlyList<PooledOutcome> pooled, IReadOnlyList<SurvivalComparison> survival,
        IReadOnlyList<ReferenceFigure> references, IReadOnlyList<ReportSection> charts)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(pooled);
        ArgumentNullException.ThrowIfNull(survival);
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(charts);
        var html = new StringBuilder();
        html.Append("<p><a href=\"index.html\">All trials</a></p>\n<h1>The five trials compared</h1>\n");
        html.Append("<p>Five single-arm phase II trials with different populations, sequences, criteria and assessment times. ")
            .Append("Each number below stands next to what makes it unequal to the others; pooled figures show the spread, not a common effect.</p>\n");
        html.Append("<h2>Trials lined up</h2>\n").Append(ComparisonTables.Profiles(profiles).ToHtml()).Append('\n');
        html.Append(ComparisonTables.Endpoints(profiles).ToHtml()).Append('\n');
        html.Append("<h2>Pooled proportions (random effects, as metafor::rma)</h2>\n");
        foreach (var outcome in pooled)
        {
            html.Append(ComparisonTables.Pooled(outcome).ToHtml()).Append("\n<ul>\n");
            foreach (var caveat in outcome.Caveats) html.Append("<li>").Append(E(caveat)).Append("</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("<h2>Time to event <span class=\"synthetic\">").Append(E(HtmlReport.SyntheticLabel)).Append("</span></h2>\n");
        html.Append("<p>Computed from synthetic patients reconstructed from each paper's published summaries, not from trial data.</p>\n");
        IReadOnlyList<string> shown = survival.Any(s => s.AnySynthetic) ? [SyntheticDataWarnings.KaplanMeier] : [];
        html.Append(HtmlReport.Warnings(shown));
        foreach (var comparison in survival) html.Append(ComparisonTables.Survival(comparison).ToHtml()).Append('\n');
        html.Append("<h2>Results of other studies, as cited</h2>\n").Append(ComparisonTables.References(references).ToHtml()).Append('\n');
        html.Append("<h2>Charts</h2>\n").Append(HtmlReport.Warnings(charts.SelectMany(c => c.Warnings).Except(shown, StringComparer.Ordinal)));
        foreach (var section in charts)
            html.Append("<section class=\"chart\">\n<h3>").Append(E(section.Title)).Append("</h3>\n").Append(section.Html).Append("\n</section>\n");
        html.Append("<h2>What can and cannot be concluded</h2>\n<ul>\n")
            .Append("<li>None of the trials has a control arm: differences between them mix treatment, population (BCLC stage, portal vein thrombosis, extrahepatic disease), criteria (RECIST 1.0 or 1.1, or unstated) and timing of assessment.</li>\n")
            .Append("<li>Pooled proportions describe how much the trials agree, with a prediction interval for a new trial of the same kind; they are not the effect of any one sequence.</li>\n")
            .Append("<li>Curves and restricted means come from synthetic patients that reproduce the printed summaries; between the printed points their shape is a model, so only the printed points are evidence.</li>\n")
            .Append("<li>Figures of randomised trials cited as context were measured in other populations, often including BCLC B; a longer median here does not show a benefit.</li>\n")
            .Append("</ul>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
