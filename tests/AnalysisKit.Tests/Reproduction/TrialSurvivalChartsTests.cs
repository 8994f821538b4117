using AnalysisKit.Reproduction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

public class TrialSurvivalChartsTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));

    // chen2014's ipd.csv holds os_* and infield_pfs_*; the prefix infield_pfs is the endpoint IFPFS.
    [Test]
    public void EndpointsAreReadFromTheColumnNames() =>
        Assert.That(PatientData.Of(Catalog.Load("chen2014"))!.EndpointsInMonths, Is.EqualTo(new[] { "OS", "IFPFS" }));

    [TestCase("IFPFS", "infield_pfs_months")]
    [TestCase("OS", "os_months")]
    public void EndpointColumns(string endpoint, string column) =>
        Assert.That(PatientData.TimeColumn(endpoint, "months"), Is.EqualTo(column));

    // chow2014: one endpoint (OS) and one baseline column (BCLC): the whole cohort and by stage.
    [Test]
    public void AbstractOnlyTrialGetsWholeCohortAndSubgroupCharts()
    {
        var charts = TrialSurvivalCharts.For(Catalog.Load("chow2014"));
        Assert.That(charts.Select(c => c.Title), Is.EqualTo(new[] { "chow2014: Overall survival", "chow2014: Overall survival by BCLC" }));
        Assert.That(charts.All(c => c.Synthetic), Is.True, "every chart of reconstructed patients says so");
        Assert.That(charts[1].Curves.Select(c => c.Name), Is.EqualTo(new[] { "Stage B", "Stage C" }));
        Assert.That(charts[1].TestLabel, Does.StartWith("Log-rank p = "));
        Assert.That(charts[0].Curves[0].AtRisk[0], Is.EqualTo(29));
    }

    // chen2014 abstract: "The 2-year overall survival and infield progression-free survival were 32% and 39%".
    [Test]
    public void PublishedRatesAreOverlaidAsProportions()
    {
        var trial = Catalog.Load("chen2014");
        var os = TrialSurvivalCharts.PublishedLandmarks(trial, "OS");
        Assert.That(os.Select(l => (l.Time, l.Survival)), Is.EqualTo(new[] { (24.0, 0.32) }));
        var infield = TrialSurvivalCharts.PublishedLandmarks(trial, "IFPFS");
        Assert.That(infield.Select(l => l.Survival).Distinct(), Is.EqualTo(new[] { 0.39 }));
    }

    // park2012 prints 52% (37.3-66.1) at 6 months, a plain interval (trial.json ci_transform): the
    // band is R's summary(survfit(..., conf.type = "plain"), times = 6) on the committed patients
    // (tests/reference/reproduction/park2012_plain.json); trials naming no transform keep log.
    [Test]
    public void BandsUseTheTransformOfThePapersRateIntervals()
    {
        var r = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/reproduction/park2012_plain.json")))
            .RootElement.GetProperty("plain");
        var pfs = TrialSurvivalCharts.For(Catalog.Load("park2012")).Single(c => c.Title == "park2012: Progression-free survival");
        Assert.That(pfs.ConfidenceLabel, Is.EqualTo("95% CI (plain)"));
        var curve = pfs.Curves.Single();
        var i = Array.FindLastIndex(curve.Times, t => t <= 6);
        Assert.That(curve.Survival[i], Is.EqualTo(r.GetProperty("s6").GetDouble()).Within(1e-9));
        Assert.That(curve.Lower[i], Is.EqualTo(r.GetProperty("s6_lower").GetDouble()).Within(1e-9));
        Assert.That(curve.Upper[i], Is.EqualTo(r.GetProperty("s6_upper").GetDouble()).Within(1e-9));
        Assert.That(TrialSurvivalCharts.For(Catalog.Load("chow2014")).Select(c => c.ConfidenceLabel).Distinct(), Is.EqualTo(new[] { "95% CI (log)" }));
    }

    [Test]
    public void TrialWithoutPatientDataHasNoCharts()
    {
        using var data = TrialDataCopy.Create();
        File.Delete(Path.Combine(data.Root, "trials", "kim2020", "ipd.csv"));
        Assert.That(TrialSurvivalCharts.For(TrialCatalog.Open(data.Root).Load("kim2020")), Is.Empty);
    }
}
