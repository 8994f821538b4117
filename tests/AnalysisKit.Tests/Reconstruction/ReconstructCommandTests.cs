using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// <c>analysis-kit reconstruct</c> run in-process, always into a temporary copy of the data folder
/// (never the repository's data/): it regenerates the committed files of all five trials byte for
/// byte (kaseb2021's searches, the 34 patients of its tables and then the 4 it adds, run once
/// here, about a minute and a half of CPU) and refuses an unknown trial with exit code 2.
/// </summary>
public class ReconstructCommandTests
{
    private static readonly string[] FromSummaries = ["chen2014", "chow2014", "kim2020", "park2012"];
    private static readonly string[] Written = ["ipd.csv", "reconstruction.json", "README.md"];
    private static readonly string[] WrittenForKaseb2021 = ["ipd.csv", "reconstruction.json", "ipd_sorafenib_only.csv"];

    [Test]
    public void RegeneratesTheCommittedFilesByteForByte()
    {
        using var copy = new DataCopy();
        foreach (var id in FromSummaries.Append("kaseb2021"))
        {
            // Start from the published numbers only: no patient files.
            var folder = Path.Combine(copy.Data, "trials", id);
            File.Delete(Path.Combine(folder, "ipd.csv"));
            File.Delete(Path.Combine(folder, "reconstruction.json"));
        }
        File.Delete(Path.Combine(copy.Data, "trials", "kaseb2021", "ipd_sorafenib_only.csv"));
        foreach (var id in FromSummaries)
        {
            // The command also writes the README section of these trials.
            var folder = Path.Combine(copy.Data, "trials", id);
            var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
            var section = readme.IndexOf("\n## Synthetic patients\n", StringComparison.Ordinal);
            Assert.That(section, Is.GreaterThan(0), $"{id}/README.md has the section");
            File.WriteAllText(Path.Combine(folder, "README.md"), readme[..(section + 1)]);
        }
        var run = CliRun.Of("reconstruct", "--data", copy.Data);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(5));
        Assert.That(run.Output, Does.Contain("kaseb2021: 34 synthetic patients; Table 1 count 95/95, n 203/203, events 203/203"));
        Assert.That(run.Output, Does.Contain("; 4 patients added (the 4 enrolled patients who received sorafenib only"));
        Assert.Multiple(() =>
        {
            foreach (var id in FromSummaries.Append("kaseb2021"))
            {
                Assert.That(run.Output, Does.Contain($"{id}: "));
                foreach (var file in id == "kaseb2021" ? WrittenForKaseb2021 : Written)
                {
                    var committed = File.ReadAllBytes(RepositoryPaths.Of($"data/trials/{id}/{file}"));
                    var regenerated = File.ReadAllBytes(Path.Combine(copy.Data, "trials", id, file));
                    Assert.That(regenerated, Is.EqualTo(committed), $"{id}/{file}");
                }
            }
            // Everything else in the copy is untouched.
            foreach (var file in Directory.EnumerateFiles(copy.Data, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(copy.Data, file);
                var original = Path.Combine(RepositoryPaths.Of("data"), relative);
                Assert.That(File.Exists(original), Is.True, $"{relative} was created");
                Assert.That(File.ReadAllBytes(file), Is.EqualTo(File.ReadAllBytes(original)), relative);
            }
        });
    }

    [Test]
    public void RunningTwiceGivesTheSameFilesAndKeepsOneReadmeSection()
    {
        using var copy = new DataCopy();
        Assert.That(CliRun.Of("reconstruct", "--trial", "chow2014", "--data", copy.Data).ExitCode, Is.EqualTo(0));
        var readme = Path.Combine(copy.Data, "trials", "chow2014", "README.md");
        var first = File.ReadAllText(readme);
        var run = CliRun.Of("reconstruct", "--trial", "chow2014", "--data", copy.Data);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Output, Does.StartWith("chow2014: 29 synthetic patients; 5 of 5 printed numbers reproduced"));
        Assert.That(File.ReadAllText(readme), Is.EqualTo(first));
        Assert.That(first.Split('\n').Count(l => l == "## Synthetic patients"), Is.EqualTo(1));
    }

    [Test]
    public void AnUnknownTrialExitsWithCode2AndListsTheKnownIds()
    {
        using var copy = new DataCopy();
        var run = CliRun.Of("reconstruct", "--trial", "smith1999", "--data", copy.Data);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.Contain("smith1999"));
        foreach (var id in new[] { "chen2014", "chow2014", "kaseb2021", "kim2020", "park2012" })
            Assert.That(run.Error, Does.Contain(id));
    }

    /// <summary>A copy of the repository's data folder in a fresh temporary folder, deleted on dispose.</summary>
    private sealed class DataCopy : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "analysis-kit-tests", Guid.NewGuid().ToString("N"));

        public DataCopy()
        {
            var source = RepositoryPaths.Of("data");
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Data, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public string Data => Path.Combine(_root, "data");

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
