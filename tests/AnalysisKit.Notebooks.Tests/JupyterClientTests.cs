using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>The notebooks run in Jupyter too: nbconvert executes them with the pinned kernel.</summary>
public class JupyterClientTests
{
    [TestCase("00-start-here.ipynb")]
    [TestCase("kaseb2021.ipynb")]
    public void NbConvertRunsTheNotebookWithThePinnedKernel(string name)
    {
        JupyterClient.RequireInstalled();
        using var jupyter = new TempFolder();
        using var output = new TempFolder();

        var executed = JupyterClient.Execute(Repository.Of($"notebooks/{name}"), output.Path, jupyter.Path);

        var outputs = JsonNode.Parse(File.ReadAllText(executed))!["cells"]!.AsArray()
            .Where(c => c!["cell_type"]!.GetValue<string>() == "code")
            .SelectMany(c => c!["outputs"]!.AsArray())
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outputs.Where(o => o!["output_type"]!.GetValue<string>() == "error"), Is.Empty, "error outputs");
            Assert.That(outputs.Count(o => o!["data"]?["text/html"] is not null), Is.GreaterThan(1), "HTML results shown");
            Assert.That(new FileInfo(executed).Length, Is.LessThanOrEqualTo(RepositoryNotebooksTests.SavedSizeBudget));
        });
    }
}
