using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Trials;

public class TrialCatalogTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));

    [Test]
    public void ListsTheFiveTrialsInOrdinalOrder()
    {
        Assert.That(Catalog.Ids, Is.EqualTo(new[] { "chen2014", "chow2014", "kaseb2021", "kim2020", "park2012" }));
    }

    [Test]
    public void FindsTheRepositoryDataFolderFromTheTestFolder()
    {
        var root = TrialCatalog.FindDataRoot(AppContext.BaseDirectory);
        Assert.That(Path.GetFullPath(root), Is.EqualTo(Path.GetFullPath(RepositoryPaths.Of("data"))));
        Assert.That(TrialCatalog.OpenRepository().Ids, Has.Count.EqualTo(5));
    }

    [TestCase("chow2014", 26)]
    [TestCase("chen2014", 26)]
    [TestCase("park2012", 24)]
    [TestCase("kim2020", 20)]
    public void AbstractOnlyTrialsHoldOneStatementPerPrintedNumber(string id, int statements)
    {
        var trial = Catalog.Load(id);
        Assert.That(trial.Statements!.Statements, Has.Count.EqualTo(statements));
        Assert.That(trial.PublishedValues, Has.Count.EqualTo(statements));
        Assert.That(trial.PublishedValues.Select(v => v.Table).Distinct(), Is.EqualTo(new[] { "Abstract" }));
        Assert.That(trial.CountTables, Is.Empty);
        Assert.That(trial.SurvivalTables, Is.Empty);
    }

    [Test]
    public void Kaseb2021HoldsEveryPrintedRowOfItsSixTables()
    {
        var trial = Catalog.Load("kaseb2021");
        // Printed rows counted by hand in the source text: Table 1 has 39 + 35 + 21 category
        // rows and 3 continuous rows; Table 2 has 42 + 9 adverse events; Table 3 four responses;
        // Tables 4, 5, 6 have 35 + 34, 33 + 34 and 33 + 34 rows.
        Assert.That(trial.CountTable("Table1").Select(t => t.Rows.Count), Is.EqualTo(new[] { 95, 3 }));
        Assert.That(trial.CountTable("Table2").Single().Rows, Has.Count.EqualTo(51));
        Assert.That(trial.CountTable("Table3").Single().Rows, Has.Count.EqualTo(4));
        Assert.That(trial.SurvivalTable("Table4").Rows, Has.Count.EqualTo(69));
        Assert.That(trial.SurvivalTable("Table5").Rows, Has.Count.EqualTo(67));
        Assert.That(trial.SurvivalTable("Table6").Rows, Has.Count.EqualTo(67));
        Assert.That(trial.Statements!.Statements.Count(s => s.Table == "Abstract"), Is.EqualTo(38));
        // 135 numbers of the results section (seed lines 71–309) and 5 the discussion prints about this trial (397–575).
        Assert.That(trial.Statements!.Statements.Count(s => s.Table == "Results"), Is.EqualTo(140));
        Assert.That(trial.Statements!.Statements.Count(s => s.Table == "Results" && s.SeedLine >= 397), Is.EqualTo(5));
    }

    [Test]
    public void ClaimIdsAreUniqueWithinEveryTrial()
    {
        foreach (var trial in Catalog.LoadAll())
        {
            var ids = trial.PublishedValues.Select(v => v.Id).ToList();
            Assert.That(ids, Is.Unique, trial.Id);
            Assert.That(ids.All(i => i.StartsWith(trial.Id + "/", StringComparison.Ordinal)), trial.Id);
        }
    }

    [Test]
    public void ClaimIdJoinsTrialTableRowGroupRowLabelAndColumn()
    {
        var trial = Catalog.Load("kaseb2021");
        var value = trial.Find("kaseb2021/Table4/Sex/Female/median")!;
        Assert.That((value.Table, value.RowGroup, value.RowLabel, value.Column), Is.EqualTo(("Table4", "Sex", "Female", "median")));
        Assert.That(value.Source, Is.EqualTo("Table 4"));
        Assert.That(value.Quantity, Is.EqualTo("median PFS (months)"));
        Assert.That(value.Kind, Is.EqualTo(ValueKind.Median));
        Assert.That((value.Text, value.Value, value.Decimals), Is.EqualTo(("12.25", (double?)12.25, (int?)2)));
        Assert.That((value.SeedLine, value.FileLine), Is.EqualTo((315, 3)));
        Assert.That(trial.Find("kaseb2021/Table4/All/All patients/n")!.Text, Is.EqualTo("34"));
        Assert.That(trial.Find("kaseb2021/Results/Progression-free survival (34 patients)/All patients/median")!.Text, Is.EqualTo("10.3"));
        Assert.That(trial.Find("kaseb2021/Abstract/Progression-free survival/All patients/median")!.Text, Is.EqualTo("10.4"));
        Assert.That(trial.Find("kaseb2021/Table4/Sex/Female/nonsense"), Is.Null);
        Assert.That(ClaimId.Of("chow2014", "Abstract", "Best overall response", "Complete response", "pct"),
            Is.EqualTo("chow2014/Abstract/Best overall response/Complete response/pct"));
    }

    [Test]
    public void ClaimIdRefusesAnEmptyPart()
    {
        Assert.Throws<ArgumentException>(() => ClaimId.Of("kaseb2021", "Table4", "", "Female", "median"));
    }

    [TestCase("median_lower", "median", null)]
    [TestCase("s12_upper", "s12", 12.0)]
    [TestCase("s24", null, 24.0)]
    [TestCase("p", null, null)]
    public void ValuesKnowTheEstimateTheyBoundAndTheirLandmark(string column, string? estimate, double? landmark)
    {
        var value = Catalog.Load("kaseb2021").Find("kaseb2021/Table5/Sex/Female/" + column)!;
        Assert.That(value.EstimateColumn, Is.EqualTo(estimate));
        Assert.That(value.LandmarkTime, Is.EqualTo(landmark));
        Assert.That(value.Endpoint, Is.EqualTo("OS"));
    }

    [Test]
    public void NotPrintedCellsGiveNoValueAndNaGivesAValueWithoutANumber()
    {
        var trial = Catalog.Load("kaseb2021");
        // Table 4, Pathology / Missing prints no 2-year PFS (source line 317).
        Assert.That(trial.Find("kaseb2021/Table4/Pathology/Missing/s24"), Is.Null);
        Assert.That(trial.SurvivalTable("Table4").Row("Pathology", "Missing").Cell("s24"), Is.Null);
        var upper = trial.Find("kaseb2021/Table4/Sex/Female/median_upper")!;
        Assert.That((upper.Text, upper.Value, upper.Decimals), Is.EqualTo(("NA", (double?)null, (int?)null)));
    }

    [Test]
    public void MetadataKeepsBothRegistryNumbersOfChow2014()
    {
        var citation = Catalog.Load("chow2014").Metadata.Citation;
        Assert.That(citation.RegistryNumbers, Is.EqualTo(new[] { "NCT0071279", "NCT00712790" }));
        Assert.That(citation.RegistryNote, Does.Contain("NCT0071279").And.Contain("NCT00712790"));
        Assert.That(citation.Doi, Is.EqualTo("10.1371/journal.pone.0090909"));
        Assert.That(citation.Authors, Is.Null);
    }

    [Test]
    public void MetadataTypesEndpointsCountsAndTreatment()
    {
        var kaseb = Catalog.Load("kaseb2021").Metadata;
        Assert.That((kaseb.Counts.Enrolled, kaseb.Counts.Treated, kaseb.Counts.Evaluable), Is.EqualTo(((int?)38, (int?)34, (int?)34)));
        var pfs = kaseb.Endpoints.Single(e => e.Name.Contains("PFS", StringComparison.Ordinal));
        Assert.That(pfs.Role, Is.EqualTo("primary"));
        Assert.That(pfs.TimeOrigin, Is.EqualTo("study-registration date"));
        Assert.That(pfs.ResponseCriteria, Is.EqualTo("RECIST 1.1"));
        Assert.That(kaseb.Citation.Authors![0], Is.EqualTo("Ahmed Omar Kaseb"));
        Assert.That(kaseb.Citation.Authors, Has.Count.EqualTo(18));
        Assert.That(kaseb.Citation.RegistryNumbers, Is.EqualTo(new[] { "NCT01900002" }));
        Assert.That(kaseb.Treatment[0].Dose, Does.StartWith("starting dose 400 mg twice a day"));
        var chow = Catalog.Load("chow2014").Metadata;
        Assert.That(chow.Endpoints.Single(e => e.Name.StartsWith("Best overall", StringComparison.Ordinal)).ResponseCriteria, Is.EqualTo("RECIST 1.0"));
        Assert.That(chow.Counts.Treated, Is.EqualTo(29));
        Assert.That(Catalog.Load("park2012").Metadata.Citation.Authors, Has.Count.EqualTo(8));
        Assert.That(Catalog.Load("kim2020").Metadata.Counts.Enrolled, Is.EqualTo(47));
    }

    [Test]
    public void EveryPrintedNumberIsOnItsSourceLine()
    {
        // The source texts live outside the repository (they are not redistributed); on a
        // machine that has them, every printed text must appear on the line the data names.
        var seeds = Environment.GetEnvironmentVariable("ANALYSIS_KIT_SEEDS") ?? Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds");
        Assume.That(Directory.Exists(seeds), "the source texts are not on this machine");
        foreach (var trial in Catalog.LoadAll())
        {
            var lines = File.ReadAllLines(Path.Combine(seeds, trial.Metadata.SeedFile));
            foreach (var value in trial.PublishedValues)
            {
                Assert.That(value.SeedLine, Is.InRange(1, lines.Length), value.Id);
                Assert.That(lines[value.SeedLine - 1], Does.Contain(value.Text), value.Id);
                if (value.Table.StartsWith("Table", StringComparison.Ordinal))
                    Assert.That(lines[value.SeedLine - 1], Does.Contain(value.RowLabel), value.Id);
            }
        }
    }
}
