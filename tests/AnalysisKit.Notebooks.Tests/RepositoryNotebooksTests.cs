using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>
/// Every <c>notebooks/**/*.ipynb</c>: it runs to the end in the kernel, its executed page draws
/// every chart in a browser, it stays small enough to save with its outputs, and it is committed
/// without outputs.
/// </summary>
public class RepositoryNotebooksTests
{
    /// <summary>The most bytes a notebook may take saved with all its outputs (a workshop participant saves it so).</summary>
    public const long SavedSizeBudget = 5_000_000;

    /// <summary>One case per repository notebook, named by its path under <c>notebooks/</c>.</summary>
    public static IEnumerable<TestCaseData> Notebooks()
    {
        var folder = Repository.Of(RepositoryNotebooks.FolderName);
        return RepositoryNotebooks.All(Repository.Root)
            .Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetRelativePath(folder, path).Replace('\\', '/')));
    }

    [TestCaseSource(nameof(Notebooks))]
    public void RunsInTheKernel(string path)
    {
        var run = RepositoryRuns.Of(path);

        Assert.That(run.Failure, Is.Null, run.Failure?.Message);
    }

    [TestCaseSource(nameof(Notebooks))]
    public void SavedWithItsOutputsStaysWithinTheBudget(string path)
    {
        var run = RepositoryRuns.Of(path);
        Assume.That(run.Failure, Is.Null, "the notebook did not run; RunsInTheKernel says why");
        using var folder = new TempFolder();
        var saved = folder.File(Path.GetFileName(path));
        ExecutedNotebookFile.Write(run, saved);

        Assert.That(new FileInfo(saved).Length, Is.LessThanOrEqualTo(SavedSizeBudget));
    }

    [TestCaseSource(nameof(Notebooks))]
    public void EveryChartOfTheExecutedNotebookIsDrawn(string path)
    {
        HeadlessChromium.RequireInstalled();
        var run = RepositoryRuns.Of(path);
        Assume.That(run.Failure, Is.Null, "the notebook did not run; RunsInTheKernel says why");
        using var folder = new TempFolder();
        var page = folder.File(Path.GetFileNameWithoutExtension(path) + ".html");
        NotebookHtmlPage.Write(run, page);

        ChartsOnPage.AssertAllDrawn(page);
    }

    [TestCaseSource(nameof(Notebooks))]
    public void IsCommittedWithoutOutputs(string path)
    {
        var stored = JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray()
            .Select((cell, i) => (Cell: cell!, Number: i + 1))
            .Where(c => c.Cell["cell_type"]?.GetValue<string>() == "code")
            .Where(c => c.Cell["outputs"] is not JsonArray { Count: 0 } || c.Cell["execution_count"] is not null)
            .Select(c => c.Number)
            .ToList();

        Assert.That(stored, Is.Empty, "cells (counted from 1, markdown included) with stored outputs or execution counts; clear all outputs before committing");
    }
}
