using System.Net;
using AnalysisKit.Charts;
using AnalysisKit.Comparison;
using AnalysisKit.Reconstruction;
using AnalysisKit.Reproduction;
using AnalysisKit.Reproduction.Report;
using AnalysisKit.Survival;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

/// <summary>
/// The report's warnings on what synthetic patients cannot vouch for: each chart of synthetic
/// patients carries them, a page shows each once above its charts, and the cross-trial page shows
/// the curves' warning over its time-to-event results.
/// </summary>
public class ReportWarningsTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));
    private static readonly KaplanMeierCurve Curve = KaplanMeier.Fit([1, 2, 3, 4], [true, false, true, true]);

    private static string Shown(string warning) => $"<p class=\"warning\"><strong>Warning:</strong> {WebUtility.HtmlEncode(warning)}</p>";

    private static int Count(string html, string part) => html.Split(part).Length - 1;

    [Test]
    public void ChartsOfSyntheticPatientsCarryTheCurveWarningAndATestsWarning()
    {
        var synthetic = KaplanMeierChartRequest.From([Curve], "t", "months", synthetic: true);
        Assert.That(ReportCharts.Warnings(synthetic), Is.EqualTo(new[] { SyntheticDataWarnings.KaplanMeier }));
        Assert.That(ReportCharts.Warnings(synthetic with { TestLabel = "Log-rank p = 0.04" }),
            Is.EqualTo(new[] { SyntheticDataWarnings.KaplanMeier, SyntheticDataWarnings.LogRank }));
        Assert.That(ReportCharts.Warnings(KaplanMeierChartRequest.From([Curve], "t", "months") with { TestLabel = "Log-rank p = 0.04" }), Is.Empty);
    }

    [Test]
    public void TheTrialPageShowsEachWarningOfItsChartsOnceAboveThem()
    {
        var trial = ReproductionLedger.Reproduce(Catalog.Load("chow2014"));
        ReportSection[] sections =
        [
            new("whole cohort", "<div id=\"one\"></div>") { Warnings = [SyntheticDataWarnings.KaplanMeier] },
            new("by group", "<div id=\"two\"></div>") { Warnings = [SyntheticDataWarnings.KaplanMeier, SyntheticDataWarnings.LogRank] },
        ];

        var html = HtmlReport.TrialPage(trial, sections);

        Assert.That((Count(html, Shown(SyntheticDataWarnings.KaplanMeier)), Count(html, Shown(SyntheticDataWarnings.LogRank))), Is.EqualTo((1, 1)));
        var order = new[] { "<div id=\"charts\">", Shown(SyntheticDataWarnings.KaplanMeier), Shown(SyntheticDataWarnings.LogRank), "<div id=\"one\">" }
            .Select(part => html.IndexOf(part, StringComparison.Ordinal));
        Assert.That(order, Is.Ordered.And.All.GreaterThan(0));
        Assert.That(HtmlReport.TrialPage(trial, [new ReportSection("chart", "<div></div>")]), Does.Not.Contain("class=\"warning\""));
    }

    [Test]
    public void TheComparisonPageWarnsOverTimeToEventResultsOfSyntheticPatients()
    {
        SurvivalComparison Comparison(bool synthetic) =>
            SurvivalComparison.Compare([new SurvivalCohort("a2020", "OS", [1, 2, 3, 4], [true, false, true, true], synthetic)], [2]);
        ReportSection chart = new("OS across trials", "<div></div>") { Warnings = [SyntheticDataWarnings.KaplanMeier] };

        var html = ComparisonPage.Body([], [], [Comparison(true)], [], [chart]);

        Assert.That(Count(html, Shown(SyntheticDataWarnings.KaplanMeier)), Is.EqualTo(1));
        Assert.That(html.IndexOf(Shown(SyntheticDataWarnings.KaplanMeier), StringComparison.Ordinal),
            Is.LessThan(html.IndexOf("<h2>Results of other studies", StringComparison.Ordinal)));
        Assert.That(ComparisonPage.Body([], [], [Comparison(false)], [], []), Does.Not.Contain("class=\"warning\""));
    }
}
