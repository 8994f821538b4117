using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>Every <c>notebooks/**/*.ipynb</c>: it runs to the end in the kernel, and it is committed without outputs.</summary>
public class RepositoryNotebooksTests
{
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
        var run = NotebookRun.Execute(path);

        Assert.That(run.Failure, Is.Null, run.Failure?.Message);
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
