using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class ChartsLocationTests
{
    private string _root = "";

    [SetUp]
    public void MakeRepositoryLayout()
    {
        _root = Directory.CreateTempSubdirectory("analysiskit-layout-").FullName;
        Directory.CreateDirectory(Path.Combine(_root, "src", "AnalysisKit.Charts"));
        Directory.CreateDirectory(Path.Combine(_root, "src", "AnalysisKit", "bin", "Release", "net10.0"));
        Directory.CreateDirectory(Path.Combine(_root, "notebooks"));
    }

    [TearDown]
    public void Remove() => Directory.Delete(_root, recursive: true);

    private string Core => Path.Combine(_root, "src", "AnalysisKit", "bin", "Release", "net10.0", "AnalysisKit.dll");

    private string ChartsBin(string configuration) => Path.Combine(_root, "src", "AnalysisKit.Charts", "bin", configuration, "net10.0");

    [Test]
    public void LooksBesideTheCoreThenInTheChartProjectOutputOfTheCoresConfigurationFirst() =>
        Assert.That(ChartsLocation.Candidates(Core, Path.Combine(_root, "notebooks")), Is.EqualTo(new[]
        {
            Path.GetDirectoryName(Core),
            ChartsBin("Release"),
            ChartsBin("Debug"),
        }));

    [Test]
    public void FindsTheFirstFolderHoldingTheChartLibrary()
    {
        Directory.CreateDirectory(ChartsBin("Debug"));
        File.WriteAllText(Path.Combine(ChartsBin("Debug"), ChartsLocation.ChartsAssemblyFileName), "");
        Assert.That(ChartsLocation.Find(Core, _root), Is.EqualTo(ChartsBin("Debug")));

        File.WriteAllText(Path.Combine(Path.GetDirectoryName(Core)!, ChartsLocation.ChartsAssemblyFileName), "");
        Assert.That(ChartsLocation.Find(Core, _root), Is.EqualTo(Path.GetDirectoryName(Core)), "a program's own output folder comes first");
    }

    [Test]
    public void CoreLoadedFromMemoryFallsBackToTheCurrentDirectory() =>
        Assert.That(ChartsLocation.Candidates("", Path.Combine(_root, "notebooks")), Is.EqualTo(new[] { ChartsBin("Debug"), ChartsBin("Release") }));

    [Test]
    public void MissingChartLibraryNamesEveryPlaceLookedAt()
    {
        var error = Assert.Throws<FileNotFoundException>(() => ChartsLocation.Find(Core, _root));
        Assert.That(error!.Message, Does.StartWith("The chart library AnalysisKit.Charts.dll was not found. Build the repository once with 'dotnet build' at its root. Looked in: "));
        Assert.That(error.Message, Does.Contain(ChartsBin("Release")));
    }
}
