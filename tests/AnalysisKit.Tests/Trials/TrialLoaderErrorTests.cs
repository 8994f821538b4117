using AnalysisKit.Data;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Trials;

/// <summary>
/// Each test copies a real trial folder into a temporary data root, breaks one thing, and
/// checks that loading names the file, the line and the column.
/// </summary>
public class TrialLoaderErrorTests
{
    private string _root = "";

    [SetUp]
    public void CopyTrials()
    {
        _root = Path.Combine(Path.GetTempPath(), "analysis-kit-tests", Guid.NewGuid().ToString("N"), "data");
        foreach (var id in new[] { "kaseb2021", "chow2014" })
        {
            var from = RepositoryPaths.Of("data/trials/" + id);
            var to = Path.Combine(_root, "trials", id);
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    [TearDown]
    public void DeleteTrials() => Directory.Delete(Path.GetDirectoryName(_root)!, recursive: true);

    private string PathOf(string id, string file) => Path.Combine(_root, "trials", id, file);

    private void ReplaceLine(string id, string file, int line, Func<string, string> change)
    {
        var lines = File.ReadAllLines(PathOf(id, file));
        lines[line - 1] = change(lines[line - 1]);
        File.WriteAllLines(PathOf(id, file), lines);
    }

    private DataFileException LoadFails(string id) =>
        Assert.Throws<DataFileException>(() => TrialCatalog.Open(_root).Load(id))!;

    [Test]
    public void TheCopiesLoadBeforeTheyAreBroken()
    {
        var catalog = TrialCatalog.Open(_root);
        Assert.That(catalog.Ids, Is.EqualTo(new[] { "chow2014", "kaseb2021" }));
        Assert.That(catalog.Load("kaseb2021").SurvivalTable("Table4").Rows, Has.Count.EqualTo(69));
    }

    [Test]
    public void GarbageInANumericColumnNamesFileLineAndColumn()
    {
        // Line 3 of the Table 4 file is Sex / Female; its median 12.25 becomes "1O.3".
        ReplaceLine("kaseb2021", "table4_pfs_subgroups.csv", 3, l => l.Replace(",12.25,", ",1O.3,", StringComparison.Ordinal));
        var e = LoadFails("kaseb2021");
        Assert.That(e.File, Does.EndWith("table4_pfs_subgroups.csv"));
        Assert.That((e.Line, e.Column), Is.EqualTo((3, "median")));
        Assert.That(e.Message, Does.Contain("'1O.3' is not a printed number"));
    }

    [Test]
    public void AFractionalCountIsRefused()
    {
        ReplaceLine("kaseb2021", "table2_adverse_events.csv", 2, l => l.Replace(",4,11.8,", ",4.5,11.8,", StringComparison.Ordinal));
        var e = LoadFails("kaseb2021");
        Assert.That((Path.GetFileName(e.File), e.Line, e.Column), Is.EqualTo(("table2_adverse_events.csv", 2, "grade1_2_n")));
        Assert.That(e.Message, Does.Contain("not a count"));
    }

    [Test]
    public void AMissingColumnIsNamed()
    {
        ReplaceLine("kaseb2021", "table5_os_subgroups.csv", 1, l => l.Replace(",s24_lower,", ",s24_low,", StringComparison.Ordinal));
        var e = LoadFails("kaseb2021");
        Assert.That((Path.GetFileName(e.File), e.Line, e.Column), Is.EqualTo(("table5_os_subgroups.csv", 1, "s24_lower")));
        Assert.That(e.Message, Does.Contain("missing"));
    }

    [Test]
    public void AMissingFileIsNamed()
    {
        File.Delete(PathOf("kaseb2021", "table6_ttrp_subgroups.csv"));
        var e = LoadFails("kaseb2021");
        Assert.That(e.File, Does.EndWith("table6_ttrp_subgroups.csv"));
        Assert.That(e.Message, Does.Contain("does not exist"));
    }

    [Test]
    public void AnUnknownTrialIdListsTheKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => TrialCatalog.Open(_root).Load("kaseb2020"))!;
        Assert.That(e.Message, Does.Contain("kaseb2020").And.Contain("chow2014, kaseb2021"));
    }

    [Test]
    public void MalformedTrialJsonNamesItsLine()
    {
        // Line 3 of chow2014/trial.json is "seed_file": ...; drop its closing quote.
        ReplaceLine("chow2014", "trial.json", 3, l => l.Replace(".txt\",", ".txt,", StringComparison.Ordinal));
        var e = LoadFails("chow2014");
        Assert.That(e.File, Does.EndWith("trial.json"));
        Assert.That(e.Line, Is.InRange(3, 4));
        Assert.That(e.Message, Does.Contain("not valid"));
    }

    [Test]
    public void AMissingRequiredPropertyIsRefused()
    {
        ReplaceLine("chow2014", "trial.json", 4, _ => "");
        var e = LoadFails("chow2014");
        Assert.That(e.Message, Does.Contain("source_text"));
    }

    [Test]
    public void AnUnknownPropertyIsRefused()
    {
        ReplaceLine("chow2014", "trial.json", 4, l => l + " \"sourcetext\": \"typo\",");
        var e = LoadFails("chow2014");
        Assert.That(e.Column, Is.EqualTo("$.sourcetext"));
        Assert.That(e.Message, Does.Contain("not part of the trial schema"));
        Assert.That(e.Line, Is.EqualTo(4));
    }

    [Test]
    public void ANullWhereAValueIsRequiredIsRefused()
    {
        ReplaceLine("chow2014", "trial.json", 8, l => l.Contains("\"title\"", StringComparison.Ordinal) ? "    \"title\": null," : throw new InvalidOperationException(l));
        var e = LoadFails("chow2014");
        Assert.That(e.Column, Is.EqualTo("$.citation.title"));
        Assert.That(e.Message, Does.Contain("null is not allowed"));
    }

    [Test]
    public void AnIdThatDiffersFromTheFolderIsRefused()
    {
        ReplaceLine("chow2014", "trial.json", 2, _ => "  \"id\": \"chow2015\",");
        var e = LoadFails("chow2014");
        Assert.That(e.Message, Does.Contain("chow2015").And.Contain("folder name 'chow2014'"));
    }

    [Test]
    public void AnUnknownKindInStatementsIsRefused()
    {
        ReplaceLine("chow2014", "statements.csv", 2, l => l.Replace(",count,", ",tally,", StringComparison.Ordinal));
        var e = LoadFails("chow2014");
        Assert.That((Path.GetFileName(e.File), e.Line, e.Column), Is.EqualTo(("statements.csv", 2, "kind")));
    }

    [Test]
    public void AValueThatDoesNotReadThePrintedNumberIsRefused()
    {
        // Line 27 of chow2014/statements.csv: median survival in BCLC stage C, printed 8.6.
        ReplaceLine("chow2014", "statements.csv", 27, l => l.Replace(",8.6,8.6,", ",8.6,8.60,", StringComparison.Ordinal));
        var e = LoadFails("chow2014");
        Assert.That((e.Line, e.Column), Is.EqualTo((27, "value")));
    }

    [Test]
    public void ADuplicateClaimIdNamesBothLines()
    {
        // Make line 4 (Sex / Male) of Table 4 repeat the row label "Female" of line 3.
        ReplaceLine("kaseb2021", "table4_pfs_subgroups.csv", 4, l => l.Replace("Sex,Male,", "Sex,Female,", StringComparison.Ordinal));
        var e = LoadFails("kaseb2021");
        Assert.That((Path.GetFileName(e.File), e.Line), Is.EqualTo(("table4_pfs_subgroups.csv", 4)));
        Assert.That(e.Message, Does.Contain("kaseb2021/Table4/Sex/Female/n").And.Contain("line 3"));
    }

    [Test]
    public void ADataRootWithoutTrialsIsRefused()
    {
        var e = Assert.Throws<DataFileException>(() => TrialCatalog.Open(Path.GetDirectoryName(_root)!))!;
        Assert.That(e.Message, Does.Contain("trials"));
    }
}
