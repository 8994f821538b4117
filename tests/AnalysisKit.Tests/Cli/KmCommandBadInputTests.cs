using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Cli;

/// <summary>Bad input to <c>analysis-kit km</c>: exit code 2 and one line naming the file, line and column (where there is one).</summary>
public class KmCommandBadInputTests
{
    private static CliRun Km(string file, params string[] more) =>
        CliRun.Of(["km", file, "--time", "time", "--event", "status", "--format", "json", .. more]);

    private static void AssertBadInput(CliRun run, params string[] mentions)
    {
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Is.Empty, "nothing on standard output");
        Assert.That(run.Error.TrimEnd('\n'), Does.Not.Contain("\n"), "one line");
        Assert.That(run.Error, Does.Not.Contain("   at "), "no stack trace");
        foreach (var mention in mentions) Assert.That(run.Error, Does.Contain(mention));
    }

    [Test]
    public void MissingColumn()
    {
        using var csv = new TempCsv("futime,status\n1,1\n");
        AssertBadInput(Km(csv.Path), csv.Path, "line 1", "column 'time'", "no such column");
    }

    [Test]
    public void MissingGroupColumn()
    {
        using var csv = new TempCsv("time,status\n1,1\n");
        AssertBadInput(Km(csv.Path, "--group", "arm"), csv.Path, "line 1", "column 'arm'");
    }

    [TestCase("time,status\n1,1\nsoon,0\n", 3, "not a number")]
    [TestCase("time,status\n1,1\n2,0\n-4,1\n", 4, "negative")]
    [TestCase("time,status\nNaN,1\n", 2, "not a finite number")]
    public void BadTime(string content, int line, string problem)
    {
        using var csv = new TempCsv(content);
        AssertBadInput(Km(csv.Path), csv.Path, $"line {line}", "column 'time'", problem);
    }

    [Test]
    public void BadEventCode()
    {
        using var csv = new TempCsv("time,status\n1,1\n2,0\n3,yes\n");
        AssertBadInput(Km(csv.Path), csv.Path, "line 4", "column 'status'", "'yes' is not understood");
    }

    [Test]
    public void EmptyFile()
    {
        using var csv = new TempCsv("");
        AssertBadInput(Km(csv.Path), csv.Path, "empty");
    }

    [Test]
    public void HeaderWithoutRows()
    {
        using var csv = new TempCsv("time,status\n");
        AssertBadInput(Km(csv.Path), csv.Path, "no data rows");
    }

    [Test]
    public void FileThatDoesNotExist()
    {
        var path = Path.Combine(Path.GetTempPath(), "analysis-kit-tests", "no-such-file.csv");
        AssertBadInput(Km(path), path, "does not exist");
    }

    [TestCase("12,two", "'two' is not a number")]
    [TestCase("12;24", "'12;24' is not a number")]
    public void TimesThatAreNotNumbers(string times, string problem)
    {
        using var csv = new TempCsv("time,status\n1,1\n");
        AssertBadInput(Km(csv.Path, "--times", times), "--times", problem);
    }

    [Test]
    public void TauThatIsNotATime()
    {
        using var csv = new TempCsv("time,status\n1,1\n");
        AssertBadInput(Km(csv.Path, "--tau", "-3"), "--tau", "'-3'");
    }

    [Test]
    public void UnknownConfidenceType()
    {
        using var csv = new TempCsv("time,status\n1,1\n");
        AssertBadInput(Km(csv.Path, "--conf-type", "logit"), "logit");
    }

    [Test]
    public void HtmlIsNotAKmFormat()
    {
        using var csv = new TempCsv("time,status\n1,1\n");
        var run = CliRun.Of("km", csv.Path, "--time", "time", "--event", "status", "--format", "html");
        AssertBadInput(run, "text or json");
    }
}
