using AnalysisKit.Data;
using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// What a trial folder declares for the subgroup-table reconstruction is checked before any
/// search: an unknown endpoint event, a table without one, an incomplete landmark triple, a
/// derivation rule that gives two answers and a schedule that names an unknown move are each
/// refused with the file and the place, and <c>reconstruct</c> then writes nothing.
/// </summary>
public class TableDeclarationErrorTests
{
    private TrialDataCopy _copy = null!;

    [SetUp]
    public void Copy() => _copy = TrialDataCopy.Create();

    [TearDown]
    public void Delete() => _copy.Dispose();

    private string Kaseb(string file) => Path.Combine(_copy.Root, "trials", "kaseb2021", file);

    private void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(Kaseb(file));
        Assert.That(text, Does.Contain(from), $"{file} holds the text to change");
        File.WriteAllText(Kaseb(file), text.Replace(from, to, StringComparison.Ordinal));
    }

    [Test]
    public void AnUnknownEventIsRefusedWithItsJsonPath()
    {
        Edit("trial.json", "\"event\": \"death\"", "\"event\": \"relapse\"");
        var error = Assert.Throws<DataFileException>(() => TrialCatalog.Open(_copy.Root).Load("kaseb2021"))!;
        Assert.That(error.Message, Does.Contain("trial.json").And.Contain(".event").And.Contain("'relapse' is not an endpoint event"));
    }

    [Test]
    public void ATableWithoutItsEventCannotBeReconstructedAndNothingIsWritten()
    {
        Edit("trial.json", "\n      \"event\": \"death\",", "");
        var before = File.ReadAllBytes(Kaseb("ipd.csv"));
        var run = CliRun.Of("reconstruct", "--trial", "kaseb2021", "--data", _copy.Root);
        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.Error, Does.Contain("trial.json").And.Contain("table5_os_subgroups.csv").And.Contain("\"event\""));
        Assert.That(File.ReadAllBytes(Kaseb("ipd.csv")), Is.EqualTo(before));
    }

    [Test]
    public void ALandmarkWithoutItsUpperLimitIsRefusedAtLineOne()
    {
        Edit("table4_pfs_subgroups.csv", ",s24_upper,", ",s24_upr,");
        var error = Assert.Throws<DataFileException>(() => TrialCatalog.Open(_copy.Root).Load("kaseb2021"))!;
        Assert.That(error.Message, Does.Contain("table4_pfs_subgroups.csv").And.Contain("s24_upper").And.Contain("s24, s24_lower, s24_upper"));
    }

    [Test]
    public void ARuleGivingAValueAndACopyIsRefusedWithItsPath()
    {
        Edit("reconstruction-tables.json", "{\"copy\": \"ECOG (Table 1)\"}", "{\"value\": \"1\", \"copy\": \"ECOG (Table 1)\"}");
        var error = Assert.Throws<DataFileException>(() => TablePlanJson.ReadOrDefault(Path.Combine(_copy.Root, "trials", "kaseb2021")))!;
        Assert.That(error.Message, Does.Contain("reconstruction-tables.json").And.Contain("$.derived_columns[1].rules[1]").And.Contain("not both"));
    }

    [Test]
    public void AScheduleNamingAnUnknownMoveIsRefused()
    {
        var stages = File.ReadAllText(RepositoryPaths.Of("src/AnalysisKit/Reconstruction/SubgroupTables/annealing-stages.json"))
            .Replace("\"swap_levels\", \"weight\": 0.5", "\"teleport\", \"weight\": 0.5", StringComparison.Ordinal);
        Edit("reconstruction-tables.json", "\n  \"time_grid\"", $"\n  \"schedule\": {stages},\n  \"time_grid\"");
        var error = Assert.Throws<DataFileException>(() => TablePlanJson.ReadOrDefault(Path.Combine(_copy.Root, "trials", "kaseb2021")))!;
        Assert.That(error.Message, Does.Contain("$.schedule").And.Contain("'teleport'"));
    }

    [Test]
    public void TheBuiltInScheduleHasTheEightStagesInOrder()
    {
        Assert.That(AnnealingSchedule.Default.Stages.Select(s => s.Name), Is.EqualTo(new[]
        {
            "counts", "whole cohort", "progression table", "progression and progression-or-death tables",
            "everything", "levels", "progression censoring", "exact descent",
        }));
        Assert.That(AnnealingSchedule.Default.Stages.Select(s => s.EveryChain), Is.EqualTo(new[] { true, true, true, true, false, false, false, false }));
        Assert.That(AnnealingSchedule.Default.Mixes["main"].Sum(m => m.Weight), Is.EqualTo(1).Within(1e-12));
    }
}
