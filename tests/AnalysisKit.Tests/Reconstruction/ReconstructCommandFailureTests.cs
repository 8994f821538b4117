using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// <c>analysis-kit reconstruct</c> in-process on a copy of the data folder whose chow2014
/// <c>reconstruction.json</c> is a folder, so the run fails after the patients are computed and
/// written, when they are moved into place: the error names the file, and every file of the copy
/// stays byte for byte as it was, with no staging folder left.
/// </summary>
public class ReconstructCommandFailureTests
{
    [Test]
    public void ATrialWhoseFilesCannotBeReplacedLeavesTheDataFolderAsItWas()
    {
        using var copy = TrialDataCopy.Create();
        var folder = Path.Combine(copy.Root, "trials", "chow2014");
        File.Delete(Path.Combine(folder, "reconstruction.json"));
        Directory.CreateDirectory(Path.Combine(folder, "reconstruction.json"));
        // ipd.csv and README.md would be replaced before reconstruction.json: make them differ.
        File.WriteAllText(Path.Combine(folder, "ipd.csv"), "patient\n");
        var before = DataFolderState.Of(copy.Root);

        var run = CliRun.Of("reconstruct", "--trial", "chow2014", "--data", copy.Root);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Error);
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.Contain(Path.Combine(folder, "reconstruction.json")));
        Assert.That(DataFolderState.Of(copy.Root), Is.EqualTo(before));
    }

    [Test]
    public void TheNextRunReplacesEveryFileOnceTheObstacleIsGone()
    {
        using var copy = TrialDataCopy.Create();
        var folder = Path.Combine(copy.Root, "trials", "chow2014");
        File.WriteAllText(Path.Combine(folder, "ipd.csv"), "patient\n");
        File.WriteAllText(Path.Combine(folder, "reconstruction.json"), "{}\n");

        var run = CliRun.Of("reconstruct", "--trial", "chow2014", "--data", copy.Root);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(DataFolderState.Of(copy.Root), Is.EqualTo(DataFolderState.Of(RepositoryPaths.Of("data"))));
    }
}
