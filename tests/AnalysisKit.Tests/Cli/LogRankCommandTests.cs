using System.Text.Json;
using AnalysisKit.Tests.Support;
using AnalysisKit.Tests.Survival;

namespace AnalysisKit.Tests.Cli;

/// <summary>
/// <c>analysis-kit logrank --format json</c> against R's survdiff (tests/reference/logrank),
/// field by field as the command-line contract (cli-json.md) names them, at 1e-6 relative; and bad input (exit 2).
/// </summary>
public sealed class LogRankCommandTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        ReferenceFile.Cases("logrank", "logrank.json").Select(c =>
            new TestCaseData(c).SetName($"cli_logrank_{c.GetProperty("name").GetString()}_rho{c.GetProperty("rho").GetDouble():R}"));

    [TestCaseSource(nameof(Cases))]
    public void Json_matches_R_survdiff(JsonElement reference)
    {
        var args = new List<string>
        {
            "logrank", ReferenceFile.DataPath("logrank", reference.GetProperty("data").GetString()!),
            "--time", reference.GetProperty("time").GetString()!,
            "--event", reference.GetProperty("event").GetString()!,
            "--group", reference.GetProperty("group").GetString()!,
            "--rho", reference.GetProperty("rho").GetDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            "--format", "json",
        };
        if (ReferenceFile.OptionalString(reference, "strata") is { } strata) args.AddRange(["--strata", strata]);

        var run = CliRun.Of([.. args]);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Error, Is.Empty);
        using var document = JsonDocument.Parse(run.Output);
        var json = document.RootElement;
        Tolerance.AssertClose(json.GetProperty("rho").GetDouble(), reference.GetProperty("rho").GetDouble(), "rho");
        Tolerance.AssertClose(json.GetProperty("chisq").GetDouble(), reference.GetProperty("chisq").GetDouble(), "chisq");
        Assert.That(json.GetProperty("df").GetInt32(), Is.EqualTo(reference.GetProperty("df").GetInt32()));
        Tolerance.AssertClose(json.GetProperty("p").GetDouble(), reference.GetProperty("p").GetDouble(), "p");
        var groups = json.GetProperty("groups").EnumerateArray().ToArray();
        var names = ReferenceFile.StringArray(reference.GetProperty("groups"));
        var n = ReferenceFile.NumberArray(reference.GetProperty("n"));
        var observed = ReferenceFile.NumberArray(reference.GetProperty("observed"));
        var expected = ReferenceFile.NumberArray(reference.GetProperty("expected"));
        Assert.That(groups, Has.Length.EqualTo(names.Length));
        for (var i = 0; i < groups.Length; i++)
        {
            Assert.That(groups[i].GetProperty("group").GetString(), Is.EqualTo(names[i]));
            Assert.That(groups[i].GetProperty("n").GetInt32(), Is.EqualTo((int)n[i]));
            Tolerance.AssertClose(groups[i].GetProperty("observed").GetDouble(), observed[i], $"observed[{i}]");
            Tolerance.AssertClose(groups[i].GetProperty("expected").GetDouble(), expected[i], $"expected[{i}]");
        }
    }

    [Test]
    public void Text_output_reads_like_survdiff()
    {
        // R: survdiff(Surv(time, status) ~ sex, lung) gives chisq 10.0081738 on 1 df (logrank.json, lung_sex).
        var run = CliRun.Of("logrank", ReferenceFile.DataPath("logrank", "lung.csv"), "--time", "time", "--event", "status", "--group", "sex");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Output, Does.Contain("Log-rank test (rho = 0)").And.Contain("Chisq = 10.0082 on 1 degrees of freedom, p = 0.001558"));
    }

    [Test]
    public void Missing_group_column_names_file_line_and_column()
    {
        using var csv = new TempCsv("time,status,arm\n1,1,A\n2,0,B\n");
        var run = CliRun.Of("logrank", csv.Path, "--time", "time", "--event", "status", "--group", "treatment", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Is.Empty);
        Assert.That(run.Error, Does.Contain(csv.Path).And.Contain("line 1").And.Contain("column 'treatment'"));
    }

    [Test]
    public void Bad_time_cell_names_file_line_and_column()
    {
        using var csv = new TempCsv("time,status,arm\n1,1,A\n2,0,B\nsoon,1,B\n");
        var run = CliRun.Of("logrank", csv.Path, "--time", "time", "--event", "status", "--group", "arm", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain(csv.Path).And.Contain("line 4").And.Contain("column 'time'").And.Contain("'soon' is not a number"));
    }

    [Test]
    public void A_single_group_is_bad_input()
    {
        using var csv = new TempCsv("time,status,arm\n1,1,A\n2,0,A\n");
        var run = CliRun.Of("logrank", csv.Path, "--time", "time", "--event", "status", "--group", "arm");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("at least two groups"));
    }
}
