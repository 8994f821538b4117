using System.Text.Json;
using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Cli;

/// <summary>
/// km, logrank and cox say when their input is synthetic (cli-json.md: a <c>warnings</c> array
/// in their JSON, and the same lines in their text), and say nothing on real data.
/// </summary>
public class SyntheticDataWarningsTests
{
    private static readonly string Kaseb = RepositoryPaths.Of("data/trials/kaseb2021/ipd.csv");
    private static readonly string Lung = RepositoryPaths.Of("tests/reference/km/data/lung.csv");

    private static string[] Warnings(params string[] args)
    {
        var run = CliRun.Of([.. args, "--format", "json"]);
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray();
    }

    [Test]
    public void RealPatientsCarryAnEmptyWarningsArray()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Warnings("km", Lung, "--time", "time", "--event", "status", "--group", "group"), Is.Empty);
            Assert.That(Warnings("logrank", Lung, "--time", "time", "--event", "status", "--group", "group"), Is.Empty);
            Assert.That(Warnings("cox", Lung, "--time", "time", "--event", "status", "--covariates", "group"), Is.Empty);
        });
    }

    [Test]
    public void KaplanMeierCurvesOfSyntheticPatientsSaySo() =>
        Assert.That(Warnings("km", Kaseb, "--time", "os_months", "--event", "os_event"), Is.EqualTo(new[] { SyntheticDataWarnings.KaplanMeier }));

    [Test]
    public void GroupedCurvesAlsoWarnAboutTheirLogRankTest() =>
        Assert.That(Warnings("km", Kaseb, "--time", "os_months", "--event", "os_event", "--group", "Sex"),
            Is.EqualTo(new[] { SyntheticDataWarnings.KaplanMeier, SyntheticDataWarnings.LogRank }));

    [Test]
    public void ALogRankTestBetweenGroupsOfSyntheticPatientsSaysSo() =>
        Assert.That(Warnings("logrank", Kaseb, "--time", "pfs_months", "--event", "pfs_event", "--group", "BCLC"), Is.EqualTo(new[] { SyntheticDataWarnings.LogRank }));

    [Test]
    public void AMultivariableCoxModelOnSyntheticPatientsSaysItsHazardRatiosAreNotIdentified() =>
        Assert.That(Warnings("cox", Kaseb, "--time", "os_months", "--event", "os_event", "--covariates", "Sex,Metastasis", "--factors", "Sex,Metastasis"),
            Is.EqualTo(new[] { SyntheticDataWarnings.MultivariableCox }));

    [Test]
    public void AOneTermCoxModelOnSyntheticPatientsGetsTheUnivariableWarning() =>
        Assert.That(Warnings("cox", Kaseb, "--time", "os_months", "--event", "os_event", "--covariates", "Sex", "--factors", "Sex"),
            Is.EqualTo(new[] { SyntheticDataWarnings.UnivariableCox }));

    // "Number of nodules" has three levels (1, 2–3, >3): two coefficients against the first level.
    [Test]
    public void AFactorWithThreeLevelsMakesTheModelMultivariable()
    {
        Assert.That(KasebLevels("Number of nodules"), Is.EqualTo(3));
        Assert.That(Warnings("cox", Kaseb, "--time", "os_months", "--event", "os_event", "--covariates", "Number of nodules", "--factors", "Number of nodules"),
            Is.EqualTo(new[] { SyntheticDataWarnings.MultivariableCox }));
    }

    [Test]
    public void TextOutputEndsWithTheSameWarnings()
    {
        var run = CliRun.Of("cox", Kaseb, "--time", "os_months", "--event", "os_event", "--covariates", "Sex,Metastasis", "--factors", "Sex,Metastasis");
        Assert.That(run.Output.TrimEnd('\n').Split('\n')[^1], Is.EqualTo("Warning: " + SyntheticDataWarnings.MultivariableCox));
    }

    [Test]
    public void AFileWhoseSyntheticColumnIsFalseIsNotWarnedAbout()
    {
        using var csv = new TempCsv("time,status,synthetic\n1,1,false\n2,0,false\n3,1,false\n");
        Assert.That(Warnings("km", csv.Path, "--time", "time", "--event", "status"), Is.Empty);
    }

    [Test]
    public void OneSyntheticRowIsEnoughForTheWarning()
    {
        using var csv = new TempCsv("time,status,synthetic\n1,1,false\n2,0,true\n3,1,false\n");
        Assert.That(Warnings("km", csv.Path, "--time", "time", "--event", "status"), Is.EqualTo(new[] { SyntheticDataWarnings.KaplanMeier }));
    }

    [Test]
    public void ABadSyntheticCellIsNamedWithItsLine()
    {
        using var csv = new TempCsv("time,status,synthetic\n1,1,true\n2,0,maybe\n");
        var run = CliRun.Of("km", csv.Path, "--time", "time", "--event", "status");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.Error, Does.Contain("line 3").And.Contain("synthetic"));
        });
    }

    [Test]
    public void ACoxModelHasAtLeastOneTerm() =>
        Assert.Throws<ArgumentException>(() => SyntheticDataWarnings.Cox(0));

    // The number of distinct values of a baseline column of kaseb2021's synthetic patients.
    private static int KasebLevels(string column)
    {
        var file = AnalysisKit.Data.CsvTable.Read(Kaseb);
        var index = file.ColumnIndex(column);
        return Enumerable.Range(0, file.RowCount).Select(r => file.Cell(r, index)).Distinct().Count();
    }
}
