using System.Text.Json;
using AnalysisKit.Consistency;
using AnalysisKit.Data;
using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// The committed synthetic patients of kaseb2021 (<c>data/trials/kaseb2021/ipd.csv</c>), read
/// back from the file and checked against the published counts (exact), for coherence across
/// end points, and against the fidelity table of <c>reconstruction.json</c>.
/// </summary>
public class Kaseb2021SyntheticPatientsTests
{
    private static readonly string Folder = RepositoryPaths.Of("data/trials/kaseb2021");
    private Trial _trial = null!;
    private IReadOnlyList<SyntheticPatient> _patients = null!;

    [OneTimeSetUp]
    public void Load()
    {
        _trial = TrialCatalog.OpenRepository(RepositoryPaths.Root).Load("kaseb2021");
        _patients = IpdCsv.Read(Path.Combine(Folder, "ipd.csv"), ["PFS", "OS", "TTRP"]);
    }

    [Test]
    public void ThirtyFourPatientsAllMarkedSynthetic()
    {
        var table = CsvTable.Read(Path.Combine(Folder, "ipd.csv"));
        Assert.That(table.RowCount, Is.EqualTo(34));
        var synthetic = table.ColumnIndex("synthetic");
        Assert.That(Enumerable.Range(0, table.RowCount).Select(r => table.Cell(r, synthetic)), Is.All.EqualTo("true"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "reconstruction.json")));
        Assert.That(json.RootElement.GetProperty("synthetic").GetBoolean(), Is.True);
    }

    [Test]
    public void EveryTable1CountHolds()
    {
        var table1 = _trial.CountTable("Table1").Single(t => t.Columns.Any(c => c.Name == "pct"));
        Assert.That(table1.Rows, Has.Count.EqualTo(95));
        foreach (var row in table1.Rows)
        {
            var column = BaselineSchema.Of(_trial, TablePlanJson.ReadOrDefault(Folder)).Table1Column(row.RowGroup);
            var count = _patients.Count(p => p.Baseline[column] == row.RowLabel);
            Assert.That(count, Is.EqualTo(row.N!.Value), $"Table 1 {row.RowGroup} / {row.RowLabel}");
        }
    }

    [Test]
    public void EveryNAndEventsCellOfTables4To6Holds()
    {
        var schema = BaselineSchema.Of(_trial, TablePlanJson.ReadOrDefault(Folder));
        var checkedCells = 0;
        foreach (var table in _trial.SurvivalTables)
        {
            foreach (var row in table.Rows)
            {
                var column = row.RowGroup == ClaimId.AllRowGroup ? null : schema.ColumnOf(row.RowGroup);
                var members = _patients.Where(p => column is null || p.Baseline[column] == row.RowLabel).ToList();
                var events = members.Count(p => p.Outcome(table.Endpoint).Event);
                Assert.That(members, Has.Count.EqualTo(row.N!.Value), $"{table.Table} {row.RowGroup} / {row.RowLabel} n");
                Assert.That(events, Is.EqualTo(row.Events!.Value), $"{table.Table} {row.RowGroup} / {row.RowLabel} events");
                checkedCells += 2;
            }
        }
        Assert.That(checkedCells, Is.EqualTo(2 * (69 + 67 + 67)));
    }

    [Test]
    public void EveryPatientIsCoherentAcrossEndPoints()
    {
        foreach (var p in _patients)
        {
            var who = $"patient {p.Patient}";
            Assert.That(p.Outcome("OS").Time, Is.GreaterThanOrEqualTo(p.Outcome("PFS").Time), $"{who}: OS is not shorter than PFS");
            if (p.Outcome("TTRP").Event)
                Assert.That((p.Outcome("PFS").Event, p.Outcome("TTRP").Time), Is.EqualTo((true, p.Outcome("PFS").Time)), $"{who}: a progression ends PFS at the same time");
            else
                Assert.That(p.Outcome("TTRP").Time, Is.LessThanOrEqualTo(p.Outcome("PFS").Time), $"{who}: TTRP censored no later than PFS");
            if (p.Outcome("PFS").Event && !p.Outcome("TTRP").Event)
                Assert.That((p.Outcome("OS").Event, p.Outcome("OS").Time), Is.EqualTo((true, p.Outcome("PFS").Time)), $"{who}: PFS ended by death without progression is an OS event at that time");
            if (!p.Outcome("PFS").Event)
                Assert.That(p.Outcome("TTRP").Event, Is.False, $"{who}: no progression while PFS is censored");
            if (p.Outcome("OS").Event && !p.Outcome("TTRP").Event)
                Assert.That(p.Outcome("TTRP").Time, Is.LessThanOrEqualTo(p.Outcome("OS").Time), $"{who}: TTRP censored no later than death without progression");
        }
    }

    [Test]
    public void TimesAreWrittenWithTwoDecimals()
    {
        var table = CsvTable.Read(Path.Combine(Folder, "ipd.csv"));
        foreach (var column in new[] { "pfs_months", "os_months", "ttrp_months" })
        {
            var index = table.ColumnIndex(column);
            for (var r = 0; r < table.RowCount; r++)
                Assert.That(table.Cell(r, index), Does.Match(@"^\d+\.\d\d$"), $"{column} row {r + 1}");
        }
    }

    [Test]
    public void FidelityRecomputedFromTheFileEqualsReconstructionJson()
    {
        var fidelity = FidelityEvaluator.Evaluate(_trial, BaselineSchema.Of(_trial, TablePlanJson.ReadOrDefault(Folder)), _patients);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "reconstruction.json")));
        var written = json.RootElement.GetProperty("fidelity").EnumerateArray()
            .Select(e => (e.GetProperty("kind").GetString()!, e.GetProperty("reproduced").GetInt32(), e.GetProperty("total").GetInt32()))
            .ToList();
        Assert.That(fidelity.Summary, Is.EqualTo(written));
        var missed = json.RootElement.GetProperty("cells_not_reproduced").EnumerateArray()
            .Select(e => $"{e.GetProperty("table").GetString()}/{e.GetProperty("row_group").GetString()}/{e.GetProperty("row_label").GetString()}/{e.GetProperty("column").GetString()}")
            .ToList();
        Assert.That(fidelity.NotReproduced.Select(c => $"{c.Table}/{c.RowGroup}/{c.RowLabel}/{c.Column}"), Is.EqualTo(missed));
    }

    // The search ends by counting misses exactly: its final objective must be the fidelity
    // table's misses weighted as SubgroupObjective weighs them (a log-rank p 0.5, a whole-cohort
    // cell 25, any other cell 1; the TTRP order is an allowed one, so it adds nothing), computed
    // here from the list of cells not reproduced, which the kit's general statistics produce.
    [Test]
    public void TheFinalObjectiveIsTheWeightedCountOfTheCellsNotReproduced()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "reconstruction.json")));
        var weighted = json.RootElement.GetProperty("cells_not_reproduced").EnumerateArray()
            .Sum(e => e.GetProperty("column").GetString() == "p" ? 0.5 : e.GetProperty("row_group").GetString() == ClaimId.AllRowGroup ? 25 : 1);
        Assert.That(json.RootElement.GetProperty("solver").GetProperty("objective").GetDouble(), Is.EqualTo(weighted).Within(1e-9));
    }

    // The printed whole-cohort counts, by hand from Tables 4–6: 33 PFS events, 32 deaths,
    // 22 radiographic progressions among 34 patients.
    [Test]
    public void WholeCohortCountsMatchThePrintedTotals()
    {
        Assert.That(_patients.Count(p => p.Outcome("PFS").Event), Is.EqualTo(33));
        Assert.That(_patients.Count(p => p.Outcome("OS").Event), Is.EqualTo(32));
        Assert.That(_patients.Count(p => p.Outcome("TTRP").Event), Is.EqualTo(22));
    }

    // Every printed cell of the three whole-cohort rows (Tables 4–6, "All patients": median, its
    // CI, the 12- and 24-month rates and their CIs) at its printed decimals, by the kit's general
    // Kaplan–Meier code (checked against R) on the written patients.
    [Test]
    public void EveryWholeCohortCellHolds()
    {
        var checkedCells = 0;
        foreach (var table in _trial.SurvivalTables)
        {
            var row = table.AllPatients!;
            var outcomes = _patients.Select(p => p.Outcome(table.Endpoint)).ToList();
            var values = SubgroupStatistics.Of(outcomes.Select(o => o.Time).ToList(), outcomes.Select(o => o.Event).ToList(), table.LandmarkTimes);
            foreach (var column in new[] { "median", "median_lower", "median_upper", "s12", "s12_lower", "s12_upper", "s24", "s24_lower", "s24_upper" })
            {
                var printed = row.Cell(column)!;
                Assert.That(PrintedAgreement.Agrees(values[column], printed, SubgroupSurvivalTable.MinimumDecimals(column)), Is.True,
                    $"{table.Table} all patients {column}: printed {printed.Text}, reproduced {values[column]}");
                checkedCells++;
            }
        }
        Assert.That(checkedCells, Is.EqualTo(27));
    }
}
