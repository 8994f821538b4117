using System.Text.RegularExpressions;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>The HTML page of an executed sample notebook.</summary>
public class NotebookHtmlPageTests
{
    [Test]
    public void PageEscapesCodeAndShowsTheOutputs()
    {
        var page = NotebookHtmlPage.Render(SampleRuns.Of("Passing"));

        Assert.That(page, Does.Contain("<pre><code class=\"language-csharp\">var items = new List&lt;int&gt; { 1, 2, 3 };"));
        Assert.That(page, Does.Not.Contain("List<int>"));
        Assert.That(page, Does.Contain("<h1>A passing notebook</h1>"));
        Assert.That(page, Does.Contain("displayed 3 items"));
        Assert.That(page, Does.Contain("written to standard output"));
        Assert.That(page, Does.Contain("<pre>42</pre>"));
        Assert.That(page, Does.Contain(".NET Interactive kernel 1.0.712001"));
        Assert.That(page.IndexOf("displayed 3 items", StringComparison.Ordinal),
            Is.LessThan(page.IndexOf("written to standard output", StringComparison.Ordinal)), "outputs in cell order");
    }

    [Test]
    public void PageShowsTheFailureAndTheKernelError()
    {
        var page = NotebookHtmlPage.Render(SampleRuns.Of("ThrownException"));

        Assert.That(page, Does.Contain("<div class=\"failure\">"));
        Assert.That(page, Does.Contain("<div class=\"output error\"><pre>System.InvalidOperationException: the sample stops here"));
        Assert.That(page, Does.Contain("class=\"cell code not-run\""));
    }

    [Test]
    public void PageLoadsNothingFromElsewhere()
    {
        var page = NotebookHtmlPage.Render(SampleRuns.Of("TwoCharts"));

        var loads = Regex.Matches(page, "<(script|link|img|iframe|source|video|audio|embed|object)\\b[^>]*\\b(src|href|data)\\s*=[^>]*>|@import|@font-face|url\\(\\s*['\"]?(https?:)?//")
            .Select(m => m.Value)
            .ToList();

        Assert.That(loads, Is.Empty, "elements or rules that load a resource");
    }

    [Test]
    public void WrittenPageIsTheRenderedPage()
    {
        using var folder = new TempFolder();
        var run = SampleRuns.Of("Passing");

        NotebookHtmlPage.Write(run, folder.File("sub/Passing.html"));

        Assert.That(File.ReadAllText(folder.File("sub/Passing.html")), Is.EqualTo(NotebookHtmlPage.Render(run)));
    }
}
