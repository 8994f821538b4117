using System.Globalization;
using System.Text.Json;
using AnalysisKit.Tests.Support;
using AnalysisKit.Tests.Survival;

namespace AnalysisKit.Tests.Cli;

/// <summary>
/// <c>analysis-kit km</c> run in-process on the committed reference CSVs; its JSON is compared
/// with R's values in tests/reference/km/km_reference.json (1e-6 relative, absolute floor
/// 1e-12; R's NA must be JSON null).
/// </summary>
public class KmCommandTests
{
    [TestCase("lung", "log")]
    [TestCase("lung", "log-log")]
    [TestCase("lung", "plain")]
    [TestCase("aml", "log")]
    [TestCase("veteran", "log-log")]
    [TestCase("flat_half_to_end", "log")]
    [TestCase("single_subject_groups", "plain")]
    [TestCase("time_zero_groups", "log")]
    [TestCase("status_12", "log")]
    public void JsonMatchesR(string dataSetName, string confType)
    {
        var dataSet = KmReference.DataSet(dataSetName);
        var times = KmReference.Numbers(dataSet, "times");
        var tau = dataSet.GetProperty("tau").GetDouble();
        var grouped = dataSet.GetProperty("grouped").GetBoolean();
        var fit = dataSet.GetProperty("fits").EnumerateArray()
            .Single(f => f.GetProperty("conf_type").GetString() == confType && f.GetProperty("conf_level").GetDouble() == 0.95);

        // Default restriction time (R's rmean = "common"), survival at the chosen times without extend.
        var common = RunJson(KmArgs(dataSet, grouped, confType,
            "--times", string.Join(",", times.Select(t => t.ToString("R", CultureInfo.InvariantCulture)))));
        Assert.That(common.GetProperty("conf_type").GetString(), Is.EqualTo(confType));
        Assert.That(common.GetProperty("conf_level").GetDouble(), Is.EqualTo(0.95));
        var expected = fit.GetProperty("curves").EnumerateArray().ToList();
        var curves = common.GetProperty("curves").EnumerateArray().ToList();
        Assert.That(curves.Select(c => c.GetProperty("group").GetString()), Is.EqualTo(expected.Select(e => e.GetProperty("group").GetString())));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < curves.Count; i++)
            {
                var (r, kit, g) = (expected[i], curves[i], expected[i].GetProperty("group").GetString());
                Assert.That(kit.GetProperty("n").GetInt32(), Is.EqualTo(r.GetProperty("n").GetInt32()), $"{g} n");
                Assert.That(kit.GetProperty("events").GetInt32(), Is.EqualTo(r.GetProperty("events").GetInt32()), $"{g} events");
                Close(r, "median", kit, "median", g);
                Close(r, "median_lower", kit, "median_lower", g);
                Close(r, "median_upper", kit, "median_upper", g);
                Close(r, "rmean_common", kit, "rmean", g);
                Close(r, "rmean_common_se", kit, "rmean_se", g);
                Close(r, "rmean_common_tau", kit, "rmean_tau", g);
                Rows(r.GetProperty("table"), kit.GetProperty("table"), ["time", "n_risk", "n_event", "n_censor", "surv", "std_err", "lower", "upper"], $"{g} table");
                Rows(r.GetProperty("at_times"), kit.GetProperty("at_times"), ["time", "n_risk", "n_event", "n_censor", "surv", "std_err", "lower", "upper"], $"{g} at_times");
            }
        });

        // A fixed --tau and --extend.
        var fixedTau = RunJson(KmArgs(dataSet, grouped, confType,
            "--tau", tau.ToString("R", CultureInfo.InvariantCulture), "--extend",
            "--times", string.Join(",", times.Select(t => t.ToString("R", CultureInfo.InvariantCulture)))));
        var fixedCurves = fixedTau.GetProperty("curves").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            for (var i = 0; i < fixedCurves.Count; i++)
            {
                var (r, kit, g) = (expected[i], fixedCurves[i], expected[i].GetProperty("group").GetString());
                Close(r, "rmean_fixed", kit, "rmean", g);
                Close(r, "rmean_fixed_se", kit, "rmean_se", g);
                KmReference.AssertClose(tau, Value(kit.GetProperty("rmean_tau")), $"{g} rmean_tau");
                Rows(r.GetProperty("at_times_extend"), kit.GetProperty("at_times"), ["time", "n_risk", "surv", "std_err", "lower", "upper"], $"{g} at_times (extend)");
            }
        });
    }

    [Test]
    public void WithoutTimesThereIsNoAtTimesField()
    {
        var dataSet = KmReference.DataSet("aml");
        var doc = RunJson(KmArgs(dataSet, grouped: false, "log"));
        var curve = doc.GetProperty("curves")[0];
        Assert.That(curve.GetProperty("group").GetString(), Is.EqualTo("all"));
        Assert.That(curve.TryGetProperty("at_times", out _), Is.False);
    }

    // print(survfit(Surv(time, status) ~ x, data = aml)): Maintained 11 7 31 18 NA; Nonmaintained 12 11 23 8 NA.
    [Test]
    public void TextLooksLikePrintSurvfit()
    {
        var run = CliRun.Of("km", KmReference.CsvPath(KmReference.DataSet("aml")), "--time", "time", "--event", "status", "--group", "group");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Output, Does.Contain("conf.type = \"log\""));
        Assert.That(run.Output, Does.Match(@"group=Maintained\s+11\s+7\s+31\s+18\s+NA"));
        Assert.That(run.Output, Does.Match(@"group=Nonmaintained\s+12\s+11\s+23\s+8\s+NA"));
        Assert.That(run.Output, Does.Not.Contain("n.risk"), "one line per curve unless --table");
    }

    // print(survfit(...), rmean = "common"): restricted means up to 161; summary(fit) gives each curve's table.
    [Test]
    public void TableOptionAddsRestrictedMeansAndEachCurvesTable()
    {
        var run = CliRun.Of("km", KmReference.CsvPath(KmReference.DataSet("aml")), "--time", "time", "--event", "status", "--group", "group", "--table");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Output, Does.Contain("restricted mean with upper limit = 161"));
        Assert.That(run.Output, Does.Match(@"group=Maintained\s+11\s+7\s+31\s+18\s+NA\s+52\.6\d*\s+19\.8\d*"));
        Assert.That(run.Output, Does.Contain("\ngroup=Nonmaintained\n").And.Contain("n.risk"));
    }

    private static string[] KmArgs(JsonElement dataSet, bool grouped, string confType, params string[] more)
    {
        var args = new List<string> { "km", KmReference.CsvPath(dataSet), "--time", "time", "--event", "status", "--conf-type", confType, "--format", "json" };
        if (grouped) args.AddRange(["--group", "group"]);
        args.AddRange(more);
        return args.ToArray();
    }

    private static JsonElement RunJson(string[] args)
    {
        var run = CliRun.Of(args);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Error, Is.Empty);
        return JsonDocument.Parse(run.Output).RootElement;
    }

    private static double Value(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble();

    private static void Close(JsonElement r, string rName, JsonElement kit, string kitName, string? group)
    {
        var expected = KmReference.Number(r, rName);
        // the contract writes missing numbers (R's NA, NaN, Inf) as null
        if (!double.IsFinite(expected)) expected = double.NaN;
        KmReference.AssertClose(expected, Value(kit.GetProperty(kitName)), $"{group} {kitName}");
    }

    private static void Rows(JsonElement rColumns, JsonElement kitRows, string[] fields, string what)
    {
        var rows = kitRows.EnumerateArray().ToList();
        foreach (var field in fields)
        {
            var expected = KmReference.Numbers(rColumns, field).Select(v => double.IsFinite(v) ? v : double.NaN).ToArray();
            KmReference.AssertAllClose(expected, rows.Select(row => Value(row.GetProperty(field))).ToList(), $"{what} {field}");
        }
    }
}
