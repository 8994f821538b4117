using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// <c>reconstruct --seed N</c> reruns one trial rebuilt from subgroup tables from another first
/// seed; it is refused, with exit code 2 and nothing written, for several trials at once and for a
/// trial whose sparse-summary plan fixes its seed.
/// </summary>
public class ReconstructSeedOptionTests
{
    [Test]
    public void ASeedWithoutOneTrialIsRefused()
    {
        using var copy = TrialDataCopy.Create();
        var run = CliRun.Of("reconstruct", "--seed", "7", "--data", copy.Root);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("--seed applies to one trial"));
        Assert.That(Unchanged(copy.Root), Is.True, "nothing written");
    }

    [Test]
    public void ASeedForATrialRebuiltFromItsPlanIsRefused()
    {
        using var copy = TrialDataCopy.Create();
        var run = CliRun.Of("reconstruct", "--trial", "chow2014", "--seed", "7", "--data", copy.Root);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("chow2014 is rebuilt from its sparse-summary plan"));
        Assert.That(Unchanged(copy.Root), Is.True, "nothing written");
    }

    private static bool Unchanged(string copy) =>
        Directory.EnumerateFiles(copy, "*", SearchOption.AllDirectories).All(file =>
            File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(RepositoryPaths.Of("data"), Path.GetRelativePath(copy, file)))));
}
