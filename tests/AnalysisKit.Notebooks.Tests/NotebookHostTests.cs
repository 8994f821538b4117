using AnalysisKit.Notebooks.Tests.Hosting;

namespace AnalysisKit.Notebooks.Tests;

public class NotebookHostTests
{
    private static readonly NotebookHost Host = new() { BuildConfiguration = Repository.Configuration };

    private static string Sample(string name) => Repository.Of("tests/AnalysisKit.Notebooks.Tests/Samples/" + name);

    [Test]
    public async Task SampleNotebookShowsTheTableAndDrawsTheChart()
    {
        var outputs = await Host.RunAsync(Sample("TableAndChart.ipynb"));

        Assert.That(outputs, Has.Count.EqualTo(2));
        // The table, escaped, numbers in invariant culture and right-aligned; written out by hand.
        Assert.That(outputs[0], Is.EqualTo(new DisplayedValue(3, "text/html",
            "<table class=\"analysiskit-table\"><caption>Arms</caption>"
            + "<thead><tr><th>arm</th><th style=\"text-align:right\">patients</th><th style=\"text-align:right\">median (months)</th></tr></thead><tbody>"
            + "<tr><td>TACE + sorafenib</td><td style=\"text-align:right\">12</td><td style=\"text-align:right\">20.5</td></tr>"
            + "<tr><td>TACE &lt;alone&gt;</td><td style=\"text-align:right\">10</td><td style=\"text-align:right\">7.25</td></tr>"
            + "</tbody></table>")));

        // The chart cell ends in an expression, so its value is shown: the chart with plotly.js embedded.
        var chart = outputs[1];
        Assert.Multiple(() =>
        {
            Assert.That(chart.CellNumber, Is.EqualTo(4));
            Assert.That(chart.MimeType, Is.EqualTo("text/html"));
            Assert.That(chart.Content, Does.StartWith("<div class=\"analysiskit-chart\">"));
            Assert.That(chart.Content, Does.Contain("plotly.js v2."), "plotly.js is embedded");
            Assert.That(chart.Content, Does.Not.Contain("<script src"), "no script is loaded from elsewhere");
            Assert.That(chart.Content, Does.Contain("\"x\":[0.0,2.0,5.0],\"y\":[1.0,0.5,0.25]"));
            Assert.That(chart.Content, Does.Contain("\"shape\":\"hv\""));
            Assert.That(chart.Content, Does.Contain("window.Plotly.newPlot("));
        });
    }

    [Test]
    public async Task ThrowingCellFailsTheRunNamingNotebookAndCell()
    {
        var failure = await Assert.ThrowsAsync<NotebookCellException>(() => Host.RunAsync(Sample("FailingCell.ipynb")));
        Assert.Multiple(() =>
        {
            Assert.That(failure!.Notebook, Is.EqualTo("FailingCell.ipynb"));
            Assert.That(failure.CellNumber, Is.EqualTo(3));
            Assert.That(failure.Message, Is.EqualTo(
                "FailingCell.ipynb, cell 3: threw InvalidOperationException: no follow-up after 3 months"));
            Assert.That(failure.InnerException, Is.TypeOf<InvalidOperationException>());
        });
    }

    [Test]
    public async Task CellThatDoesNotCompileFailsTheRun()
    {
        var failure = await Assert.ThrowsAsync<NotebookCellException>(() => Host.RunAsync(Sample("CompileError.ipynb")));
        Assert.Multiple(() =>
        {
            Assert.That(failure!.CellNumber, Is.EqualTo(1));
            Assert.That(failure.Message, Does.StartWith("CompileError.ipynb, cell 1: does not compile:"));
            Assert.That(failure.Message, Does.Contain("CS0029"), "cannot convert string to int");
        });
    }

    [Test]
    public async Task NuGetReferencesAreRefused()
    {
        using var notebook = TempNotebook.With("var a = 1;", "#r \"nuget: Plotly.NET, 6.0.0\"");
        var failure = await Assert.ThrowsAsync<NotebookCellException>(() => Host.RunAsync(notebook.Path));
        Assert.That(failure!.Message, Is.EqualTo(
            $"{notebook.Name}, cell 2: references a NuGet package (#r \"nuget: Plotly.NET, 6.0.0\"); notebooks load only the kit built in the repository."));
    }

    [Test]
    public async Task UnknownMagicCommandsAreRefused()
    {
        using var notebook = TempNotebook.With("#!time\nvar a = 1;", "#!import other.ipynb");
        var failure = await Assert.ThrowsAsync<NotebookCellException>(() => Host.RunAsync(notebook.Path));
        Assert.That(failure!.CellNumber, Is.EqualTo(2));
        Assert.That(failure.Problem, Does.StartWith("uses the magic command #!import"));
    }

    [Test]
    public async Task StateCarriesOverBetweenCells()
    {
        using var notebook = TempNotebook.With("var months = 6;", "months * 2");
        var outputs = await Host.RunAsync(notebook.Path);
        Assert.That(outputs, Is.EqualTo(new[] { new DisplayedValue(2, "text/plain", "12") }));
    }

    [Test]
    public async Task MarkdownWrittenInACodeCellIsSkipped()
    {
        using var notebook = TempNotebook.With("#!markdown\nThis is *not* C#.", "1 + 1");
        var outputs = await Host.RunAsync(notebook.Path);
        Assert.That(outputs, Is.EqualTo(new[] { new DisplayedValue(2, "text/plain", "2") }));
    }

    [Test]
    public async Task CellsOfOtherKernelsAreRefused()
    {
        using var notebook = TempNotebook.With("var a = 1;", "#!fsharp\nlet a = 1");
        var failure = await Assert.ThrowsAsync<NotebookCellException>(() => Host.RunAsync(notebook.Path));
        Assert.That(failure!.Message, Is.EqualTo($"{notebook.Name}, cell 2: uses the magic command #!fsharp, which the kit's notebooks do not use."));
    }

    [Test]
    public async Task MissingReferencedAssemblyAsksForABuild()
    {
        using var notebook = TempNotebook.With("#r \"no-such-folder/Kit.dll\"");
        var failure = await Assert.ThrowsAsync<NotebookCellException>(() => Host.RunAsync(notebook.Path));
        Assert.That(failure!.Problem, Does.StartWith("#r \"no-such-folder/Kit.dll\": "));
        Assert.That(failure.Problem, Does.EndWith("does not exist; build the repository first (dotnet build)."));
    }
}
