using AnalysisKit.Data;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Data;

/// <summary>
/// <see cref="StagedFiles"/>: the new files appear only once the writer has returned, all
/// together; a writer that throws, a target that cannot be replaced or an abandoned write leave
/// every old file byte for byte as it was and no staging folder behind.
/// </summary>
public class StagedFilesTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "analysis-kit-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "ipd.csv"), "patient\n1\n");
        File.WriteAllText(Path.Combine(_folder, "README.md"), "# trial\n");
        File.WriteAllText(Path.Combine(_folder, "trial.json"), "{}\n");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void TheNewFilesAppearOnlyWhenTheWriterHasReturned()
    {
        var before = Contents();
        var replaced = new StagedFiles().Write(_folder, staging =>
        {
            File.WriteAllText(Path.Combine(staging, "ipd.csv"), "patient\n1\n2\n");
            Assert.That(Outside(), Is.EqualTo(before), "after the first file");
            File.WriteAllText(Path.Combine(staging, "reconstruction.json"), "{\"n\": 2}\n");
            Assert.That(File.Exists(Path.Combine(_folder, "reconstruction.json")), Is.False);
            Assert.That(Outside(), Is.EqualTo(before), "after the last file");
        });
        Assert.That(replaced, Is.EqualTo(new[] { "ipd.csv", "reconstruction.json" }));
        Assert.That(File.ReadAllText(Path.Combine(_folder, "ipd.csv")), Is.EqualTo("patient\n1\n2\n"));
        Assert.That(File.ReadAllText(Path.Combine(_folder, "reconstruction.json")), Is.EqualTo("{\"n\": 2}\n"));
        Assert.That(Names(), Is.EqualTo(new[] { "README.md", "ipd.csv", "reconstruction.json", "trial.json" }), "no staging folder left");
    }

    [Test]
    public void AWriterMayReadTheFileItRewrites()
    {
        new StagedFiles().Write(_folder, staging =>
        {
            var readme = Path.Combine(staging, "README.md");
            File.WriteAllText(readme, File.ReadAllText(readme) + "\n## Synthetic patients\n");
        });
        Assert.That(File.ReadAllText(Path.Combine(_folder, "README.md")), Is.EqualTo("# trial\n\n## Synthetic patients\n"));
    }

    [Test]
    public void AWriterThatThrowsChangesNothingAndLeavesNoStagingFolder()
    {
        var before = Contents();
        var e = Assert.Throws<InvalidOperationException>(() => new StagedFiles().Write(_folder, staging =>
        {
            File.WriteAllText(Path.Combine(staging, "ipd.csv"), "patient\n9\n");
            File.WriteAllText(Path.Combine(staging, "new.csv"), "x\n");
            throw new InvalidOperationException("the search failed");
        }))!;
        Assert.That(e.Message, Is.EqualTo("the search failed"));
        Assert.That(Contents(), Is.EqualTo(before));
    }

    [Test]
    public void AWriteThatFailsNamesTheFile()
    {
        var before = Contents();
        var e = Assert.Throws<IOException>(() => new StagedFiles().Write(_folder, staging =>
            File.WriteAllText(Path.Combine(staging, "missing-folder", "ipd.csv"), "patient\n")))!;
        Assert.That(e.Message, Does.Contain("missing-folder").And.Contain(_folder).And.Contain("nothing in it was changed"));
        Assert.That(Contents(), Is.EqualTo(before));
    }

    [Test]
    public void ATargetThatCannotBeReplacedIsNamedAndNothingIsMoved()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "reconstruction.json"));
        var before = Contents();
        var e = Assert.Throws<IOException>(() => new StagedFiles().Write(_folder, staging =>
        {
            File.WriteAllText(Path.Combine(staging, "ipd.csv"), "patient\n1\n2\n");
            File.WriteAllText(Path.Combine(staging, "reconstruction.json"), "{}\n");
        }))!;
        Assert.That(e.Message, Does.Contain(Path.Combine(_folder, "reconstruction.json")).And.Contain("nothing in"));
        Assert.That(Contents(), Is.EqualTo(before));
        Assert.That(Names(), Is.EqualTo(new[] { "README.md", "ipd.csv", "reconstruction.json", "trial.json" }));
    }

    [Test]
    public void AbandonWaitsForAWriteInProgressAndRefusesTheNext()
    {
        var staged = new StagedFiles();
        Task? abandon = null;
        staged.Write(_folder, staging =>
        {
            abandon = Task.Run(staged.Abandon);
            File.WriteAllText(Path.Combine(staging, "ipd.csv"), "patient\n1\n2\n");
            Assert.That(abandon.Wait(TimeSpan.FromMilliseconds(200)), Is.False, "Abandon waits for the write to be committed");
        });
        Assert.That(abandon!.Wait(TimeSpan.FromSeconds(10)), Is.True);
        Assert.That(File.ReadAllText(Path.Combine(_folder, "ipd.csv")), Is.EqualTo("patient\n1\n2\n"), "the write in progress was committed whole");
        var before = Contents();
        Assert.Throws<OperationCanceledException>(() => staged.Write(_folder, staging =>
            File.WriteAllText(Path.Combine(staging, "ipd.csv"), "patient\n")));
        Assert.That(Contents(), Is.EqualTo(before));
    }

    private IReadOnlyList<string> Contents() => DataFolderState.Of(_folder);

    /// <summary>The folder's entries other than the staging folder being written.</summary>
    private IReadOnlyList<string> Outside() => Contents().Where(e => !e.StartsWith(".staged-", StringComparison.Ordinal)).ToList();

    private string[] Names() => Directory.EnumerateFileSystemEntries(_folder).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal).ToArray();
}
