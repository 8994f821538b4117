using System.Text.Json;
using AnalysisKit.Consistency;
using AnalysisKit.Data;
using AnalysisKit.Reconstruction;
using AnalysisKit.Survival;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// kaseb2021's 4 synthetic sorafenib-only patients (<c>ipd_sorafenib_only.csv</c>), read back
/// from the committed file and added to the 34 of <c>ipd.csv</c>: the kit's Kaplan–Meier
/// (log CI, R <c>quantile.survfit</c>) on all 38 against the numbers the paper prints for the 38
/// (Results, p. 214: PFS 35 events, median 10.4 (5.8–14.4); OS median 13.9 (10.8–18.9) months),
/// compared at the printed decimal (|value − printed| ≤ 0.05). The OS lower limit is not
/// reproduced; <see cref="TheOsLowerLimitAndMedianCannotBothHold"/> proves why.
/// </summary>
public class AddedPatientsTests
{
    private const double HalfUnit = 0.05 * (1 + 1e-9);
    private static readonly string Folder = RepositoryPaths.Of("data/trials/kaseb2021");
    private Trial _trial = null!;
    private IReadOnlyList<SyntheticPatient> _treated = null!;
    private IReadOnlyList<AddedPatient> _added = null!;

    [OneTimeSetUp]
    public void Load()
    {
        _trial = TrialCatalog.OpenRepository(RepositoryPaths.Root).Load("kaseb2021");
        _treated = IpdCsv.Read(Path.Combine(Folder, "ipd.csv"), ["PFS", "OS", "TTRP"]);
        _added = AddedPatientsCsv.Read(Path.Combine(Folder, AddedPatientsCsv.FileNameOf("sorafenib_only")));
    }

    private (List<double> Time, List<bool> Event) AllThirtyEight(string endpoint)
    {
        var outcomes = _treated.Select(p => p.Outcome(endpoint)).Concat(_added.Select(p => p.Outcome(endpoint))).ToList();
        return (outcomes.Select(o => o.Time).ToList(), outcomes.Select(o => o.Event).ToList());
    }

    private static SurvivalQuantile MedianOf((List<double> Time, List<bool> Event) data) =>
        KaplanMeier.Fit(data.Time, data.Event, PrintedSurvival.Options).Median;

    [Test]
    public void TheFileHoldsFourSyntheticCoherentPatientsNumbered35To38()
    {
        var table = CsvTable.Read(Path.Combine(Folder, AddedPatientsCsv.FileNameOf("sorafenib_only")));
        Assert.That(table.Header, Is.EqualTo(new[] { "patient", "synthetic", "pfs_months", "pfs_event", "os_months", "os_event" }));
        Assert.That(Enumerable.Range(0, table.RowCount).Select(r => table.Cell(r, table.ColumnIndex("synthetic"))), Is.All.EqualTo("true"));
        Assert.That(_added.Select(p => p.Patient), Is.EqualTo(new[] { 35, 36, 37, 38 }));
        Assert.That(_treated, Has.Count.EqualTo(34));
        foreach (var p in _added)
        {
            Assert.That(p.OsMonths, Is.GreaterThanOrEqualTo(p.PfsMonths), $"patient {p.Patient}");
            // A death at the end of PFS is a PFS event (death without progression).
            if (p.OsEvent && p.OsMonths == p.PfsMonths) Assert.That(p.PfsEvent, Is.True, $"patient {p.Patient}");
            Assert.That(p.IsCoherent, Is.True, $"patient {p.Patient}");
            // Two decimals, as ipd.csv.
            Assert.That(Math.Round(p.PfsMonths, 2), Is.EqualTo(p.PfsMonths));
            Assert.That(Math.Round(p.OsMonths, 2), Is.EqualTo(p.OsMonths));
        }
    }

    [Test]
    public void TheThirtyEightReproduceThePrintedPfsNumbers()
    {
        var pfs = AllThirtyEight("PFS");
        Assert.That(pfs.Event.Count(e => e), Is.EqualTo(35));   // "35 known events"
        var median = MedianOf(pfs);
        Assert.That(median.Time, Is.EqualTo(10.4).Within(HalfUnit));
        Assert.That(median.Lower, Is.EqualTo(5.8).Within(HalfUnit));
        Assert.That(median.Upper, Is.EqualTo(14.4).Within(HalfUnit));
    }

    [Test]
    public void TheThirtyEightReproduceThePrintedOsMedianAndUpperLimitButNotTheLowerLimit()
    {
        var median = MedianOf(AllThirtyEight("OS"));
        Assert.That(median.Time, Is.EqualTo(13.9).Within(HalfUnit));
        Assert.That(median.Upper, Is.EqualTo(18.9).Within(HalfUnit));
        Assert.That(Math.Abs(median.Lower - 10.8), Is.GreaterThan(HalfUnit));
    }

    /// <summary>
    /// With the committed 34, no 4 added patients give both the OS median 13.9 and its lower limit
    /// 10.8. The lower limit is where the upper band first falls to 0.5; the band moves only at
    /// deaths, and no treated death rounds to 10.8, so an added death must lie in [10.75, 10.85].
    /// Adding a patient at risk raises every later factor 1 − d/n, so S is largest when the other
    /// three added patients outlive everyone: even then S at the treated deaths of 13.67 is
    /// 31/38 · 18/30 (hand arithmetic below) &lt; 0.5, so the median is at most 13.67 and prints
    /// 13.7, not 13.9.
    /// </summary>
    [Test]
    public void TheOsLowerLimitAndMedianCannotBothHold()
    {
        var os = _treated.Select(p => p.Outcome("OS")).ToList();
        Assert.That(os.Where(o => o.Event && Math.Abs(o.Time - 10.8) <= HalfUnit), Is.Empty, "no treated death rounds to 10.8");
        var lastBelow = os.Where(o => o.Event && o.Time < 13.85).Max(o => o.Time);
        Assert.That(lastBelow, Is.EqualTo(13.67));
        var time = os.Select(o => o.Time).Concat([10.8, 50, 50, 50]).ToList();
        var died = os.Select(o => o.Event).Concat([true, false, false, false]).ToList();
        var curve = KaplanMeier.Fit(time, died, PrintedSurvival.Options);
        var atMost = curve.Rows.Single(r => r.Time == lastBelow).Survival;
        // By hand: 7 deaths and 1 censoring by 6.93 among 38 leave 31/38 with 30 at risk; 12 more
        // deaths (the added one at 10.8 included) by 13.67 leave 18 of those 30.
        Assert.That(atMost, Is.EqualTo(31.0 / 38 * 18 / 30).Within(1e-12));
        Assert.That(atMost, Is.LessThan(0.5));
        Assert.That(curve.Median.Time, Is.LessThanOrEqualTo(lastBelow));
    }

    [Test]
    public void ReconstructionJsonListsEveryThirtyEightPatientCell()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "reconstruction.json")));
        var section = json.RootElement.GetProperty("intention_to_treat");
        Assert.That(section.GetProperty("file").GetString(), Is.EqualTo(AddedPatientsCsv.FileNameOf("sorafenib_only")));
        Assert.That(section.GetProperty("patients").GetInt32(), Is.EqualTo(4));
        var cells = section.GetProperty("fidelity").EnumerateArray()
            .ToDictionary(c => c.GetProperty("endpoint").GetString() + "/" + c.GetProperty("column").GetString());
        Assert.That(cells.Keys, Is.EquivalentTo(new[]
        {
            "PFS/events", "PFS/median", "PFS/median_lower", "PFS/median_upper", "OS/median", "OS/median_lower", "OS/median_upper",
        }));
        var pfs = MedianOf(AllThirtyEight("PFS"));
        var os = MedianOf(AllThirtyEight("OS"));
        var expected = new Dictionary<string, (string Printed, double Value)>
        {
            ["PFS/events"] = ("35", 35), ["PFS/median"] = ("10.4", pfs.Time), ["PFS/median_lower"] = ("5.8", pfs.Lower),
            ["PFS/median_upper"] = ("14.4", pfs.Upper), ["OS/median"] = ("13.9", os.Time), ["OS/median_lower"] = ("10.8", os.Lower),
            ["OS/median_upper"] = ("18.9", os.Upper),
        };
        foreach (var (key, (printed, value)) in expected)
        {
            var cell = cells[key];
            Assert.That(cell.GetProperty("published").GetString(), Is.EqualTo(printed), key);
            Assert.That(cell.GetProperty("reproduced").GetDouble(), Is.EqualTo(value).Within(1e-4), key);
            Assert.That(cell.GetProperty("agrees").GetBoolean(), Is.EqualTo(Math.Abs(value - double.Parse(printed, System.Globalization.CultureInfo.InvariantCulture)) <= HalfUnit), key);
        }
        Assert.That(cells["OS/median_lower"].GetProperty("reason").GetString(), Does.Contain("never together"));
    }

    [Test]
    public void TheLedgerRecomputesTheThirtyEightPatientStatementsFromBothFiles()
    {
        var ledger = AnalysisKit.Reproduction.ReproductionLedger.Reproduce(_trial);
        var pfs = MedianOf(AllThirtyEight("PFS"));
        var os = MedianOf(AllThirtyEight("OS"));
        var expected = new (string Group, string Column, double Value, bool Reproduced)[]
        {
            ("Progression-free survival (38 patients)", "events", 35, true),
            ("Progression-free survival (38 patients)", "median", pfs.Time, true),
            ("Progression-free survival (38 patients)", "median_lower", pfs.Lower, true),
            ("Progression-free survival (38 patients)", "median_upper", pfs.Upper, true),
            ("Overall survival (38 patients)", "median", os.Time, true),
            ("Overall survival (38 patients)", "median_lower", os.Lower, false),
            ("Overall survival (38 patients)", "median_upper", os.Upper, true),
        };
        foreach (var (group, column, value, reproduced) in expected)
        {
            var claim = ledger.Claims.Single(c => c.Id == ClaimId.Of("kaseb2021", "Results", group, "All patients", column));
            Assert.That(claim.Reproduced, Is.EqualTo(value).Within(1e-12), claim.Id);
            Assert.That(claim.Status, Is.EqualTo(reproduced ? AnalysisKit.Reproduction.ClaimStatus.Reproduced : AnalysisKit.Reproduction.ClaimStatus.Differs), claim.Id);
            Assert.That(claim.Note, Does.Contain("38 patients with all patients enrolled (ipd.csv + ipd_sorafenib_only.csv)"), claim.Id);
        }
    }

    [Test]
    public void TheSearchOnTheCommittedThirtyFourGivesTheCommittedFile()
    {
        var result = AddedPatientSearch.Find(_treated, IntentionToTreatTargets.Of(_trial, 38));
        Assert.That(AddedPatientsCsv.Format(result.Patients), Is.EqualTo(File.ReadAllText(Path.Combine(Folder, AddedPatientsCsv.FileNameOf("sorafenib_only")))));
        Assert.That(result.Cells.Count(c => c.Comparison.Agrees), Is.EqualTo(6));
        Assert.That(result.BestScore, Is.EqualTo(6));   // PFS 4 of 4, OS 2 of 3: the best on the grid
    }

    [Test]
    public void TheTargetsAreTheSevenPrintedThirtyEightPatientNumbers()
    {
        var targets = IntentionToTreatTargets.Of(_trial, 38);
        Assert.That(targets.Cells.Select(c => $"{IntentionToTreatTargets.EndpointOf(c)} {c.Column} {c.Text}"), Is.EqualTo(new[]
        {
            "PFS events 35", "PFS median 10.4", "PFS median_lower 5.8", "PFS median_upper 14.4",
            "OS median 13.9", "OS median_lower 10.8", "OS median_upper 18.9",
        }));
    }

    [Test]
    public void ArgumentsAreCheckedWithClearMessages()
    {
        var targets = IntentionToTreatTargets.Of(_trial, 38);
        var none = Assert.Throws<ArgumentException>(() => AddedPatientSearch.Find([], targets))!;
        Assert.That(none.Message, Does.Contain("no synthetic patients of the tables"));
        var tooMany = Assert.Throws<ArgumentException>(() => AddedPatientSearch.Find(_treated.Take(30).ToList(), targets))!;
        Assert.That(tooMany.Message, Does.Contain("(38 patients) must exceed the 30 treated patients by 1 to 4; it exceeds them by 8"));
        var tooFew = Assert.Throws<ArgumentException>(() => AddedPatientSearch.Find(_treated.Concat(_treated.Take(4)).ToList(), targets))!;
        Assert.That(tooFew.Message, Does.Contain("must exceed the 38 treated patients by 1 to 4; it exceeds them by 0"));
        var unprinted = Assert.Throws<ArgumentException>(() => IntentionToTreatTargets.Of(_trial, 40))!;
        Assert.That(unprinted.Message, Does.Contain("prints no whole-cohort PFS or OS number about 40 patients"));
        Assert.Throws<ArgumentException>(() => IntentionToTreatTargets.Of(_trial, 0));
        Assert.Throws<ArgumentException>(() => _added[0].Outcome("TTRP"));
    }

    [Test]
    public void ABadCellIsReportedWithFileLineAndColumn()
    {
        using var file = new TempCsv("patient,synthetic,pfs_months,pfs_event,os_months,os_event\n35,true,1.00,1,2.00,1\n36,true,-1,0,2.00,1\n");
        var error = Assert.Throws<DataFileException>(() => AddedPatientsCsv.Read(file.Path))!;
        Assert.That(error.Message, Does.Contain("line 3").And.Contain("pfs_months").And.Contain("'-1' is not a time of 0 or more"));
        using var missing = new TempCsv("patient,synthetic,pfs_months,pfs_event\n35,true,1.00,1\n");
        Assert.That(Assert.Throws<DataFileException>(() => AddedPatientsCsv.Read(missing.Path))!.Message, Does.Contain("os_months"));
    }

    [Test]
    public void TheScreeningMediansEqualTheKitsOnFlatAndSteppedCurves()
    {
        // Fixed: 4 deaths and 2 censorings. The added placements give ties with fixed times, a
        // median never reached by the upper band, and curves resting on exactly 0.5.
        double[] time = [1, 2, 3, 5, 8, 13];
        bool[] died = [true, false, true, false, true, true];
        var screen = new MedianWithAddedPatients(time, died, 2);
        var placements = new (double[] Time, bool[] Event)[]
        {
            ([0.5, 20], [true, false]), ([3, 3], [true, true]), ([4, 30], [false, false]),
            ([1, 2], [true, true]), ([8, 13], [false, true]), ([13, 13], [false, false]),
        };
        foreach (var (t, e) in placements)
        {
            var kit = KaplanMeier.Fit(time.Concat(t).ToList(), died.Concat(e).ToList(), PrintedSurvival.Options).Median;
            var fast = screen.Evaluate(t, e);
            var label = string.Join(",", t);
            Assert.That(Same(fast.Median, kit.Time), Is.True, $"median {label}: {fast.Median} vs {kit.Time}");
            Assert.That(Same(fast.Lower, kit.Lower), Is.True, $"lower {label}: {fast.Lower} vs {kit.Lower}");
            Assert.That(Same(fast.Upper, kit.Upper), Is.True, $"upper {label}: {fast.Upper} vs {kit.Upper}");
        }
        // By hand (R quantile.survfit, Kaseb et al. Table 4): one death at 2.76 and one censoring
        // at 33.02 leave S = 0.5 to the end, so the median is (2.76 + 33.02)/2 = 17.89.
        var two = new MedianWithAddedPatients([2.76], [true], 1);
        Assert.That(two.Evaluate([33.02], [false]).Median, Is.EqualTo(17.89).Within(1e-12));
    }

    private static bool Same(double a, double b) => double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) <= 1e-12;
}
