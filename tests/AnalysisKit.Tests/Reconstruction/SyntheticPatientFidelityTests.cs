using System.Text.Json;
using AnalysisKit.Consistency;
using AnalysisKit.Data;
using AnalysisKit.Survival;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// The committed synthetic patients (data/trials/&lt;id&gt;/ipd.csv) reproduce the printed numbers:
/// every number their reconstruction.json lists as reproduced is recomputed here from the CSV
/// with the kit's KaplanMeier (R survfit conventions) and compared with the printed number of
/// the trial's statements.csv at the printed rounding (half away from zero). The computation of
/// each number is spelled out below, independently of the reconstruction code.
/// </summary>
public class SyntheticPatientFidelityTests
{
    private enum What { Count, Percentage, Median, MedianLower, MedianUpper, Rate, RateLower, RateUpper, ReverseMedian }

    private sealed record Check(string Claim, What What, string? Endpoint = null, string? Level = null,
        ConfidenceIntervalType Ci = ConfidenceIntervalType.Log, double Landmark = 0);

    private static readonly Dictionary<string, Check[]> Checks = new()
    {
        ["chow2014"] =
        [
            new("Abstract/Patients/Treated/n", What.Count),
            new("Abstract/BCLC stage/B/pct", What.Percentage, Level: "Stage B"),
            new("Abstract/BCLC stage/C/pct", What.Percentage, Level: "Stage C"),
            new("Abstract/Overall survival/BCLC stage B/median", What.Median, "os", "Stage B"),
            new("Abstract/Overall survival/BCLC stage C/median", What.Median, "os", "Stage C"),
        ],
        ["chen2014"] =
        [
            new("Abstract/Patients/Treated/n", What.Count),
            new("Abstract/Survival/Overall survival/s24", What.Rate, "os", Landmark: 24),
            new("Abstract/Survival/Infield progression-free survival/s24", What.Rate, "infield_pfs", Landmark: 24),
            new("Abstract/Conclusions/Infield progression-free survival/s24", What.Rate, "infield_pfs", Landmark: 24),
        ],
        ["park2012"] =
        [
            new("Abstract/Patients/Treated/n", What.Count),
            new("Abstract/BCLC stage/B/pct", What.Percentage, Level: "Stage B"),
            new("Abstract/BCLC stage/C/pct", What.Percentage, Level: "Stage C"),
            new("Abstract/Time to progression/All patients/median", What.Median, "ttp"),
            new("Abstract/Time to progression/All patients/median_lower", What.MedianLower, "ttp"),
            new("Abstract/Time to progression/All patients/median_upper", What.MedianUpper, "ttp"),
            new("Abstract/Time to progression/BCLC stage B/median", What.Median, "ttp", "Stage B"),
            new("Abstract/Time to progression/BCLC stage C/median", What.Median, "ttp", "Stage C"),
            new("Abstract/Progression-free survival/All patients/s6", What.Rate, "pfs", Ci: ConfidenceIntervalType.Plain, Landmark: 6),
            new("Abstract/Progression-free survival/All patients/s6_lower", What.RateLower, "pfs", Ci: ConfidenceIntervalType.Plain, Landmark: 6),
            new("Abstract/Progression-free survival/All patients/s6_upper", What.RateUpper, "pfs", Ci: ConfidenceIntervalType.Plain, Landmark: 6),
            new("Abstract/Follow-up/Follow-up (months)/median", What.ReverseMedian, "ttp"),
        ],
        ["kim2020"] =
        [
            new("Abstract/Patients/Enrolled/n", What.Count),
            new("Abstract/Overall survival/Entire cohort/median", What.Median, "os"),
            new("Abstract/Progression-free survival/Entire cohort/median", What.Median, "pfs"),
        ],
    };

    /// <summary>The printed numbers each trial's synthetic patients must reproduce (at least these).</summary>
    private static readonly Dictionary<string, int> ExpectedReproduced = new()
    {
        ["chow2014"] = 5, ["chen2014"] = 4, ["park2012"] = 10, ["kim2020"] = 3,
    };

    [TestCase("chow2014")]
    [TestCase("chen2014")]
    [TestCase("park2012")]
    [TestCase("kim2020")]
    public void EveryNumberListedAsReproducedIsReproducedByTheKaplanMeierOfTheCsv(string trialId)
    {
        var trial = TrialCatalog.Open(RepositoryPaths.Of("data")).Load(trialId);
        var csv = CsvTable.Read(RepositoryPaths.Of($"data/trials/{trialId}/ipd.csv"));
        using var report = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of($"data/trials/{trialId}/reconstruction.json")));
        var rows = report.RootElement.GetProperty("fidelity").EnumerateArray().ToList();
        var reproduced = rows.Where(r => r.GetProperty("status").GetString() == "reproduced").ToList();
        Assert.That(reproduced, Has.Count.GreaterThanOrEqualTo(ExpectedReproduced[trialId]), "reproduced numbers");
        Assert.Multiple(() =>
        {
            foreach (var row in reproduced)
            {
                var id = row.GetProperty("claim").GetString()!;
                var check = Checks[trialId].SingleOrDefault(c => $"{trialId}/{c.Claim}" == id);
                Assert.That(check, Is.Not.Null, $"{id} is listed as reproduced but has no independent check here");
                if (check is null) continue;
                var claim = trial.Find(id)!;
                Assert.That(row.GetProperty("published").GetString(), Is.EqualTo(claim.Text), $"{id} published text");
                var value = Recompute(csv, check);
                Assert.That(PrintedAgreement.Agrees(value, claim.Printed), Is.True, $"{id}: printed {claim.Text}, Kaplan-Meier on ipd.csv gives {value}");
                var listed = row.GetProperty("reproduced").GetDouble();
                Assert.That(value, Is.EqualTo(listed).Within(1e-9 * Math.Max(1, Math.Abs(listed))), $"{id}: value in reconstruction.json");
            }
        });
    }

    [TestCase("chow2014")]
    [TestCase("chen2014")]
    [TestCase("park2012")]
    [TestCase("kim2020")]
    public void TheReportStatesMethodModelAssumptionsInputsAndSeed(string trialId)
    {
        var trial = TrialCatalog.Open(RepositoryPaths.Of("data")).Load(trialId);
        using var report = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of($"data/trials/{trialId}/reconstruction.json")));
        var root = report.RootElement;
        Assert.That(root.GetProperty("trial").GetString(), Is.EqualTo(trialId));
        Assert.That(root.GetProperty("synthetic").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("method").GetString(), Is.Not.Empty);
        Assert.That(root.GetProperty("seed").GetUInt64(), Is.GreaterThan(0UL));
        Assert.That(root.GetProperty("model").GetProperty("censoring").GetString(), Is.Not.Empty);
        Assert.That(root.GetProperty("model").GetProperty("curves").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(root.GetProperty("assumptions").GetArrayLength(), Is.GreaterThan(0));
        var csv = CsvTable.Read(RepositoryPaths.Of($"data/trials/{trialId}/ipd.csv"));
        var columns = root.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToArray();
        Assert.That(columns, Is.EqualTo(csv.Header.ToArray()), "every column of ipd.csv is documented, in order");
        foreach (var input in root.GetProperty("inputs").EnumerateArray())
        {
            var claim = trial.Find(input.GetProperty("claim").GetString()!);
            Assert.That(claim, Is.Not.Null, input.GetProperty("claim").GetString());
            Assert.That(input.GetProperty("printed").GetString(), Is.EqualTo(claim!.Text));
        }
        var summary = root.GetProperty("summary");
        var rows = root.GetProperty("fidelity").EnumerateArray().ToList();
        Assert.That(summary.GetProperty("claims").GetInt32(), Is.EqualTo(rows.Count));
        Assert.That(summary.GetProperty("reproduced").GetInt32(), Is.EqualTo(rows.Count(r => r.GetProperty("status").GetString() == "reproduced")));
        Assert.That(rows.Where(r => r.GetProperty("status").GetString() != "reproduced").Select(r => r.GetProperty("note").GetString()), Is.All.Not.Empty,
            "every number not reproduced says why");
    }

    [TestCase("chow2014", 29)]
    [TestCase("chen2014", 40)]
    [TestCase("park2012", 50)]
    [TestCase("kim2020", 47)]
    public void EveryRowIsASyntheticPatientNumberedInOrder(string trialId, int patients)
    {
        var csv = CsvTable.Read(RepositoryPaths.Of($"data/trials/{trialId}/ipd.csv"));
        Assert.That(CsvColumnReader.Counts(csv, "patient"), Is.EqualTo(Enumerable.Range(1, patients).ToArray()));
        Assert.That(CsvColumnReader.Labels(csv, "synthetic"), Is.All.EqualTo("true"));
    }

    [TestCase("chen2014", "infield_pfs", "os")]
    [TestCase("park2012", "pfs", "ttp")]
    [TestCase("kim2020", "pfs", "os")]
    public void NoPatientHasTheEarlierEndpointAfterTheLaterOne(string trialId, string earlier, string later)
    {
        var csv = CsvTable.Read(RepositoryPaths.Of($"data/trials/{trialId}/ipd.csv"));
        var first = CsvColumnReader.Times(csv, earlier + "_months");
        var second = CsvColumnReader.Times(csv, later + "_months");
        Assert.That(Enumerable.Range(0, first.Length).Where(i => first[i] > second[i]), Is.Empty,
            $"patients whose {earlier} time exceeds their {later} time");
    }

    [Test]
    public void Kim2020DeathsAreAlsoProgressionFreeSurvivalEvents()
    {
        var csv = CsvTable.Read(RepositoryPaths.Of("data/trials/kim2020/ipd.csv"));
        var died = CsvColumnReader.Events(csv, "os_event");
        var pfsEvent = CsvColumnReader.Events(csv, "pfs_event");
        Assert.That(Enumerable.Range(0, died.Length).Where(i => died[i] && !pfsEvent[i]), Is.Empty);
    }

    private static double Recompute(CsvTable csv, Check check)
    {
        var all = CsvColumnReader.Counts(csv, "patient").Length;
        if (check.What == What.Count) return all;
        var stage = check.Level is null ? null : CsvColumnReader.Labels(csv, "BCLC");
        var members = Enumerable.Range(0, all).Where(i => stage is null || stage[i] == check.Level).ToArray();
        if (check.What == What.Percentage) return 100.0 * members.Length / all;
        var time = CsvColumnReader.Times(csv, check.Endpoint + "_months");
        var died = CsvColumnReader.Events(csv, check.Endpoint + "_event");
        var reverse = check.What == What.ReverseMedian;   // reverse Kaplan-Meier: censoring is the event
        var fit = KaplanMeier.Fit(members.Select(i => time[i]).ToArray(), members.Select(i => died[i] != reverse).ToArray(),
            new KaplanMeierOptions { ConfidenceType = check.Ci });
        return check.What switch
        {
            What.Median or What.ReverseMedian => fit.Median.Time,
            What.MedianLower => fit.Median.Lower,
            What.MedianUpper => fit.Median.Upper,
            What.Rate => 100 * fit.SurvivalAt([check.Landmark]).Single().Survival,
            What.RateLower => 100 * fit.SurvivalAt([check.Landmark]).Single().Lower,
            What.RateUpper => 100 * fit.SurvivalAt([check.Landmark]).Single().Upper,
            _ => throw new ArgumentException(check.What.ToString()),
        };
    }
}
