using AnalysisKit.Reproduction;
using AnalysisKit.Reproduction.Report;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

/// <summary>The trial page's chart area and the synthetic-data label.</summary>
public class HtmlReportTests
{
    private static readonly TrialReproduction Chow = ReproductionLedger.Reproduce(TrialCatalog.Open(RepositoryPaths.Of("data")).Load("chow2014"));

    [Test]
    public void ChartSectionsAreInsertedInOrderInsideTheChartArea()
    {
        var html = HtmlReport.TrialPage(Chow, [new ReportSection("First <chart>", "<div id=\"one\"></div>"), new ReportSection("Second", "<div id=\"two\"></div>")]);
        var area = html.IndexOf("<div id=\"charts\">", StringComparison.Ordinal);
        var one = html.IndexOf("<div id=\"one\">", StringComparison.Ordinal);
        var two = html.IndexOf("<div id=\"two\">", StringComparison.Ordinal);
        var claims = html.IndexOf("<h2>Claims", StringComparison.Ordinal);
        Assert.That(new[] { area, one, two, claims }, Is.Ordered.And.All.GreaterThan(0));
        Assert.That(html, Does.Contain("<h3>First &lt;chart&gt;</h3>"));
    }

    [Test]
    public void SyntheticDataIsLabelledOnThePageAndOnEachClaim()
    {
        var claim = Chow.Claims[0] with { Synthetic = true };
        var synthetic = Chow with { SyntheticData = true, PatientDataFile = "ipd.csv", Claims = [claim] };
        var html = HtmlReport.TrialPage(synthetic, []);
        Assert.That(html, Does.Contain("class=\"banner\"><span class=\"synthetic\">synthetic data</span>"));
        Assert.That(html.Split("<span class=\"synthetic\">synthetic data</span>").Length - 1, Is.EqualTo(2));
        var published = Chow with { SyntheticData = false, PatientDataFile = null, Claims = Chow.Claims.Select(c => c with { Synthetic = false }).ToList() };
        Assert.That(HtmlReport.TrialPage(published, []), Does.Not.Contain("<span class=\"synthetic\">"));
    }
}
