using AnalysisKit.Charts;
using AnalysisKit.Reproduction;
using AnalysisKit.Reproduction.Report;
using AnalysisKit.Trials;
using Plotly.NET;
using Plotly.NET.CSharp;

namespace AnalysisKit.Tests.Charts;

/// <summary>
/// <see cref="ChartJson"/> writes the very text of Plotly.NET's <c>GenericChart.toJson</c>, for
/// every chart the kit draws (each trial's Kaplan–Meier charts, the cross-trial forest plots and
/// overlaid curves) and for charts restyled or built with Plotly.NET's own API.
/// </summary>
public class ChartJsonTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.OpenRepository();

    private static IEnumerable<TestCaseData> KitCharts()
    {
        foreach (var id in Catalog.Ids)
        {
            var requests = TrialSurvivalCharts.For(Catalog.Load(id));
            for (var i = 0; i < requests.Count; i++)
                yield return new TestCaseData(requests[i]).SetArgDisplayNames($"{id} chart {i + 1}");
        }
        var recorded = new RecordingRenderer();
        new ReportCharts(recorded, Catalog).ComparisonBody();
        for (var i = 0; i < recorded.Requests.Count; i++)
            yield return new TestCaseData(recorded.Requests[i]).SetArgDisplayNames($"cross-trial chart {i + 1}");
    }

    [TestCaseSource(nameof(KitCharts))]
    public void KitChartIsWrittenAsPlotlyNetWritesIt(IChartRequest request)
    {
        var chart = request.ToChart();

        Assert.That(ChartJson.Of(chart), Is.EqualTo(GenericChart.toJson(chart)));
    }

    [Test]
    public void RestyledAndPlotlyNetChartsAreWrittenAsPlotlyNetWritesThem()
    {
        var kit = new StepLineChartRequest([0, 2, 5, 9], [1, 0.75, 0.5, 0.5]) { SeriesName = "TACE + sorafenib" }.ToChart();
        var line = Plotly.NET.CSharp.Chart.Line<double, double, string>(x: [0, 3, 6], y: [1, 0.6, 0.3], Name: "sorafenib alone", ShowMarkers: true);
        var restyled = Plotly.NET.CSharp.Chart.Combine([kit, line])
            .WithXAxisStyle<double, double, string>(TitleText: "Months since enrolment")
            .WithSize(Width: 800, Height: 500);

        Assert.Multiple(() =>
        {
            Assert.That(ChartJson.Of(line), Is.EqualTo(GenericChart.toJson(line)));
            Assert.That(ChartJson.Of(restyled), Is.EqualTo(GenericChart.toJson(restyled)));
        });
    }

    private sealed class RecordingRenderer : IChartRenderer
    {
        public List<IChartRequest> Requests { get; } = [];

        public string Render(IChartRequest request)
        {
            Requests.Add(request);
            return "";
        }

        public string PlotlyScriptTag() => "";
    }
}
