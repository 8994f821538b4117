using AnalysisKit.Cli;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Cli;

/// <summary>
/// <c>analysis-kit notebooks run</c> refuses what it must not do before any kernel starts (the
/// runs themselves are tested with the real kernel in AnalysisKit.Notebooks.Tests).
/// </summary>
public class NotebooksCommandTests
{
    [TestCase("notebooks")]
    [TestCase("notebooks/executed")]
    [TestCase("data")]
    [TestCase("data/trials")]
    public void NeverWritesIntoTheNotebooksOrDataFolders(string outFolder)
    {
        var run = CliRun.Of("notebooks", "run", "--out", RepositoryPaths.Of(outFolder));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.Error, Does.Contain("--out must not be inside"));
        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public void NamedNotebookBesideItsOutputIsRefused()
    {
        var notebook = RepositoryPaths.Of("tests/AnalysisKit.Notebooks.Tests/Samples/Passing.ipynb");

        var run = CliRun.Of("notebooks", "run", notebook, "--out", Path.GetDirectoryName(notebook)!);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.Error, Does.Contain("would write beside or over the notebooks"));
    }

    [Test]
    public void MissingNotebookIsBadUsage()
    {
        var run = CliRun.Of("notebooks", "run", "no-such-notebook.ipynb", "--out", Path.GetTempPath());

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.Error, Does.Contain("there is no notebook no-such-notebook.ipynb"));
    }

    [Test]
    public void OutFolderIsRequired()
    {
        var run = CliRun.Of("notebooks", "run");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(run.Error, Does.Contain("--out"));
    }
}
