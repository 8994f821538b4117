using System.Text.RegularExpressions;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Cli;

/// <summary>
/// Opens every page of <c>analysis-kit reproduce --format html</c> in headless Chromium with no
/// network: each page must run without script errors and draw every chart it holds; a
/// screenshot of each page is kept with the test results.
/// </summary>
public class ReportInBrowserTests
{
    [Test]
    public void EveryChartOfEveryPageDrawsOffline()
    {
        HeadlessChromium.RequireInstalled();
        var folder = Directory.CreateTempSubdirectory("analysis-kit-report-");
        try
        {
            var run = CliRun.Of("reproduce", "--format", "html", "--out", folder.FullName);
            Assert.That((run.ExitCode, run.Error), Is.EqualTo((0, "")));
            var screenshots = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-screenshots");
            Directory.CreateDirectory(screenshots);
            var drawn = 0;
            foreach (var page in Directory.GetFiles(folder.FullName, "*.html").Order(StringComparer.Ordinal))
            {
                var html = File.ReadAllText(page);
                var charts = Regex.Count(html, "<section class=\"chart\">");
                var (dom, errors) = HeadlessChromium.Load(page);
                Assert.That(errors, Is.Empty, $"{Path.GetFileName(page)}: script errors");
                Assert.That(Regex.Count(dom, "class=\"plot-container plotly\""), Is.EqualTo(charts), $"{Path.GetFileName(page)}: charts drawn");
                drawn += charts;
                var png = Path.Combine(screenshots, Path.GetFileNameWithoutExtension(page) + ".png");
                HeadlessChromium.Screenshot(page, png, 1280, 2400);
                TestContext.AddTestAttachment(png);
            }
            // chow2014 and park2012 draw a whole-cohort and a by-BCLC chart per endpoint, the
            // comparison page a forest plot per pooled outcome and an overlay per endpoint.
            Assert.That(drawn, Is.GreaterThanOrEqualTo(12));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
