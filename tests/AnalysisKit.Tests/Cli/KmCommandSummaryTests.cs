using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AnalysisKit.Tests.Support;
using AnalysisKit.Tests.Survival;

namespace AnalysisKit.Tests.Cli;

/// <summary>
/// <c>analysis-kit km --group</c> against R (tests/reference/km/km_print.R): the text prints the
/// curves' lines as <c>print(survfit(...))</c> does, and text and JSON carry the log-rank test
/// of the same groups as <c>survdiff</c>, at 1e-6 relative.
/// </summary>
public sealed class KmCommandSummaryTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        ReferenceFile.Cases("km", "km_print.json").Select(c => new TestCaseData(c).SetName($"cli_km_summary_{c.GetProperty("name").GetString()}"));

    private static CliRun Km(JsonElement reference, params string[] more) =>
        CliRun.Of(["km", ReferenceFile.DataPath("km", reference.GetProperty("name").GetString() + ".csv"),
            "--time", "time", "--event", "status", "--group", "group", .. more]);

    [TestCaseSource(nameof(Cases))]
    public void Text_prints_the_curve_lines_of_print_survfit(JsonElement reference)
    {
        var run = Km(reference);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var lines = run.Output.Split('\n').Select(Words).ToList();
        foreach (var printed in ReferenceFile.StringArray(reference.GetProperty("printed")).Skip(1))
            Assert.That(lines, Has.Member(Words(printed)), $"R prints: {printed}");
        var chisq = R(reference.GetProperty("chisq").GetString()!);
        Assert.That(run.Output, Does.Contain($"Chisq = {chisq.ToString("F4", CultureInfo.InvariantCulture)} on {reference.GetProperty("df").GetInt32()} degrees of freedom"));
    }

    [TestCaseSource(nameof(Cases))]
    public void Json_adds_the_log_rank_test_of_survdiff(JsonElement reference)
    {
        var run = Km(reference, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var json = document.RootElement;
        Assert.That(json.GetProperty("curves").GetArrayLength(), Is.EqualTo(ReferenceFile.StringArray(reference.GetProperty("groups")).Length));
        var logRank = json.GetProperty("logrank");
        Tolerance.AssertClose(logRank.GetProperty("chisq").GetDouble(), R(reference.GetProperty("chisq").GetString()!), "chisq");
        Assert.That(logRank.GetProperty("df").GetInt32(), Is.EqualTo(reference.GetProperty("df").GetInt32()));
        Tolerance.AssertClose(logRank.GetProperty("p").GetDouble(), R(reference.GetProperty("p").GetString()!), "p");
        var groups = logRank.GetProperty("groups").EnumerateArray().ToArray();
        var observed = ReferenceFile.StringArray(reference.GetProperty("observed")).Select(R).ToArray();
        var expected = ReferenceFile.StringArray(reference.GetProperty("expected")).Select(R).ToArray();
        for (var i = 0; i < groups.Length; i++)
        {
            Tolerance.AssertClose(groups[i].GetProperty("observed").GetDouble(), observed[i], $"observed[{i}]");
            Tolerance.AssertClose(groups[i].GetProperty("expected").GetDouble(), expected[i], $"expected[{i}]");
        }
    }

    [Test]
    public void One_group_has_no_log_rank_test()
    {
        using var csv = new TempCsv("time,status,arm\n1,1,A\n2,0,A\n3,1,A\n");
        var run = CliRun.Of("km", csv.Path, "--time", "time", "--event", "status", "--group", "arm", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var document = JsonDocument.Parse(run.Output);
        Assert.That(document.RootElement.GetProperty("logrank").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    private static string Words(string line) => Regex.Replace(line.Trim(), @"\s+", " ");

    private static double R(string value) => value == "NA" ? double.NaN : double.Parse(value, CultureInfo.InvariantCulture);
}
