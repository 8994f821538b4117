using AnalysisKit.Comparison;
using AnalysisKit.Reproduction;
using AnalysisKit.Reproduction.Report;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

public class ReportChartsTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));

    [Test]
    public void OverlaidCurvesNameEachTrialAndDrawOnlyComparableCitedMedians()
    {
        var cohorts = CrossTrialCohorts.Of(Catalog, "OS");
        Assert.That(cohorts.Select(c => c.Trial), Is.EqualTo(new[] { "chen2014", "chow2014", "kaseb2021", "kim2020" }));
        var chart = ReportCharts.OverlaidCurves(SurvivalComparison.Compare(cohorts, [12]), ReferenceFigures.Load(Catalog));
        Assert.That(chart.Curves.Select(c => c.Name), Is.EqualTo(cohorts.Select(c => c.Trial)));
        Assert.That(chart.Synthetic, Is.True);
        // data/external/reference-figures.csv: OS medians marked comparable with os. SHARP sorafenib 10.7 is drawn;
        // the placebo arm, hazard ratios and the dose-defined SARAH subgroups are not.
        Assert.That(chart.Landmarks.Select(l => (l.Time, l.Survival)), Does.Contain((10.7, 0.5)));
        Assert.That(chart.Landmarks.Select(l => l.Label), Has.None.Contain("placebo").And.None.Contain("HR").And.None.Contain("SARAH"));
        Assert.That(chart.Landmarks, Has.Length.EqualTo(ReferenceFigures.Load(Catalog).Count(f => f.ComparableEndpoint == "os")));
    }
}
