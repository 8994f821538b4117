using AnalysisKit.Notebooks.Tests.Hosting;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>Every notebook in <c>notebooks/</c>: it runs headless to the end, and it is committed without outputs.</summary>
public class RepositoryNotebooksTests
{
    private static readonly NotebookHost Host = new() { BuildConfiguration = Repository.Configuration };

    /// <summary>One case per <c>notebooks/*.ipynb</c>, by file name; none while the folder holds none.</summary>
    public static IEnumerable<TestCaseData> Notebooks()
    {
        var folder = Repository.Of("notebooks");
        if (!Directory.Exists(folder)) yield break;
        foreach (var path in Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal))
            yield return new TestCaseData(path).SetArgDisplayNames(Path.GetFileName(path));
    }

    [TestCaseSource(nameof(Notebooks))]
    public async Task RunsHeadless(string path)
    {
        var outputs = await Host.RunAsync(path);
        Assert.That(outputs, Is.Not.Empty, "a notebook shows its results");
    }

    [TestCaseSource(nameof(Notebooks))]
    public void HasNoStoredOutputs(string path)
    {
        var stored = Notebook.Read(path).Cells
            .Where(c => c.OutputCount > 0 || c.ExecutionCount is not null)
            .Select(c => c.Number)
            .ToList();
        Assert.That(stored, Is.Empty, "cells with stored outputs or execution counts; clear all outputs before committing");
    }
}
