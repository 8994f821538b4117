using System.Text.Json;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Reconstruction;

/// <summary>
/// <c>analysis-kit curve-to-patients</c> on a curve worked by hand: 10 patients, no censoring,
/// steps to 0.9 at 2, 0.8 at 4, 0.6 at 6 and 0.5 at 8 months, 10 at risk at 0 and 8 at 5, 5 events.
/// Guyot's arithmetic: censoring guess round(10·0.6/1 − 8) &lt; 0 → 0; events round(10·(1 − 0.9)) = 1
/// at 2, round(9·(1 − 0.8/0.9)) = 1 at 4, round(8·(1 − 0.6/0.8)) = 2 at 6, round(6·(1 − 0.5/0.6)) = 1
/// at 8; the 5 still at risk are censored at the last digitised time, 8.
/// </summary>
public class CurveToPatientsCommandTests
{
    private const string Curve = "time,survival\n0,1\n2,1\n2,0.9\n4,0.9\n4,0.8\n6,0.8\n6,0.6\n8,0.6\n8,0.5\n";
    private const string AtRisk = "time,at_risk\n0,10\n5,8\n";

    [Test]
    public void CsvListsTheHandWorkedPatients()
    {
        using var curve = new TempCsv(Curve, "curve.csv");
        using var risk = new TempCsv(AtRisk, "risk.csv");
        var run = CliRun.Of("curve-to-patients", curve.Path, "--at-risk", risk.Path, "--events", "5");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        var expected = "patient,synthetic,time,event\n1,true,2,1\n2,true,4,1\n3,true,6,1\n4,true,6,1\n5,true,8,1\n"
            + string.Concat(Enumerable.Range(6, 5).Select(i => $"{i},true,8,0\n"));
        Assert.That(run.Output, Is.EqualTo(expected));
    }

    [Test]
    public void JsonGivesTheCountsAndConvergence()
    {
        using var curve = new TempCsv(Curve, "curve.csv");
        using var risk = new TempCsv(AtRisk, "risk.csv");
        var run = CliRun.Of("curve-to-patients", curve.Path, "--at-risk", risk.Path, "--events", "5", "--format", "json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.That(root.GetProperty("synthetic").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("converged").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("n").GetInt32(), Is.EqualTo(10));
        Assert.That(root.GetProperty("events").GetInt32(), Is.EqualTo(5));
        Assert.That(root.GetProperty("patients").EnumerateArray().Select(p => p.GetProperty("time").GetDouble()),
            Is.EqualTo(new double[] { 2, 4, 6, 6, 8, 8, 8, 8, 8, 8 }));
    }

    [Test]
    public void AMissingColumnExitsWithCode2NamingIt()
    {
        using var curve = new TempCsv("time,surv\n0,1\n2,0.9\n", "curve.csv");
        using var risk = new TempCsv(AtRisk, "risk.csv");
        var run = CliRun.Of("curve-to-patients", curve.Path, "--at-risk", risk.Path);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("survival"));
        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public void ARisingNumberAtRiskExitsWithCode2()
    {
        using var curve = new TempCsv(Curve, "curve.csv");
        using var risk = new TempCsv("time,at_risk\n0,10\n5,12\n", "risk.csv");
        var run = CliRun.Of("curve-to-patients", curve.Path, "--at-risk", risk.Path);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("rises"));
    }
}
