using AnalysisKit.Charts;
using AnalysisKit.Comparison;
using AnalysisKit.Trials;
using AnalysisKit.Views;

namespace AnalysisKit.Tests.Views;

public class TrialSurvivalChartTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.OpenRepository();

    [Test]
    public void Chow2014ByStageCarriesTheTwoPrintedStageMedians()
    {
        var request = TrialSurvivalChart.Request(Catalog.Load("chow2014"), "os", "BCLC");
        // Abstract: 29 patients, stage B 38% (11) and C 62% (18); medians 20.3 and 8.6 months.
        Assert.That(request.Curves.Select(c => (c.Name, c.AtRisk[0])), Is.EqualTo(new[] { ("Stage B", 11), ("Stage C", 18) }));
        Assert.That(request.Landmarks.Select(l => (l.CurveName, l.Time, l.Survival)),
            Is.EqualTo(new[] { ("Stage B", 20.3, 0.5), ("Stage C", 8.6, 0.5) }));
        Assert.That(request.Landmarks[0].Label, Is.EqualTo("Stage B: Published median 20.3 months (Abstract line 30)"));
        Assert.That(request.Synthetic, Is.True);
        Assert.That(request.ConfidenceLabel, Is.EqualTo("95% CI (log)"));
        Assert.That(request.XAxisTitle, Is.EqualTo("Time (months)"));
        Assert.That(request.RiskTimes.Take(3), Is.EqualTo(new[] { 0.0, 6, 12 }));
    }

    [Test]
    public void Park2012ProgressionFreeRateCarriesItsPrintedInterval()
    {
        var request = TrialSurvivalChart.Request(Catalog.Load("park2012"), "pfs");
        // Abstract: "The 6-month progression-free survival rate was 52% (95% CI, 37.3-66.1)."
        var point = request.Landmarks.Single();
        Assert.That((point.Time, point.Survival), Is.EqualTo((6.0, 0.52)));
        Assert.That(point.Lower, Is.EqualTo(0.373).Within(1e-12));
        Assert.That(point.Upper, Is.EqualTo(0.661).Within(1e-12));
        Assert.That(request.Curves.Single().AtRisk[0], Is.EqualTo(50));
    }

    [Test]
    public void Kaseb2021ShowsEveryPrintedMedianOfTheThirtyFourPatients()
    {
        var points = TrialSurvivalChart.PublishedPoints(Catalog.Load("kaseb2021"), "pfs", 34, null);
        // Abstract 10.4, Results 10.3 (34 patients), Table 4 10.32; the Results' 10.4 of the 38 patients is left out.
        Assert.That(points.Where(p => p.Survival == 0.5).Select(p => p.Time), Is.EquivalentTo(new[] { 10.4, 10.3, 10.32 }));
        var year = points.Single(p => p.Time == 12);
        Assert.That((year.Survival, year.Lower, year.Upper), Is.EqualTo((0.441, (double?)0.302, (double?)0.644)));
    }

    [Test]
    public void EndpointsAreThePatientFilesTimeColumns()
    {
        Assert.That(TrialSurvivalChart.Endpoints(Catalog.Load("kaseb2021")), Is.EqualTo(new[] { "pfs", "os", "ttrp" }));
        Assert.That(TrialSurvivalChart.Endpoints(Catalog.Load("chen2014")), Is.EqualTo(new[] { "os", "infield_pfs" }));
    }

    [Test]
    public void AnEndpointTheFileDoesNotHoldIsAnError()
    {
        var error = Assert.Throws<ArgumentException>(() => TrialSurvivalChart.Request(Catalog.Load("chow2014"), "pfs"));
        Assert.That(error!.Message, Does.Contain("no 'pfs' endpoint").And.Contain("it has os"));
    }

    [Test]
    public void CrossTrialOverlayHasOneCurvePerTrialAndTheComparableReferenceMedians()
    {
        var os = SurvivalCohorts.Of(Catalog, "os");
        var request = CrossTrialCurves.Request(os, ReferenceFigure.Load(Catalog.DataRoot));
        // Printed sizes: chen2014 40, chow2014 29, kaseb2021 34, kim2020 47.
        Assert.That(request.Curves.Select(c => (c.Name, c.AtRisk[0])), Is.EqualTo(new[] { ("chen2014", 40), ("chow2014", 29), ("kaseb2021", 34), ("kim2020", 47) }));
        Assert.That(request.ConfidenceBands, Is.False);
        Assert.That(request.Synthetic, Is.True);
        // SHARP's sorafenib arm (10.7 months) is comparable; its placebo arm (7.9) is not drawn.
        Assert.That(request.Landmarks.Select(l => l.Time), Does.Contain(10.7).And.Not.Contain(7.9));
        Assert.That(request.Landmarks.All(l => l.Survival == 0.5), Is.True);
    }

    [Test]
    public void CohortsOfDifferentEndpointsAreNotOverlaid()
    {
        var cohorts = new[] { new SurvivalCohort("a", "os", [1, 2], [true, false], true), new SurvivalCohort("b", "pfs", [1, 2], [true, true], true) };
        Assert.Throws<ArgumentException>(() => CrossTrialCurves.Request(cohorts));
    }
}
