using System.Security.Cryptography;
using System.Text.Json;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Cli;

/// <summary>
/// <c>analysis-kit reproduce</c>: the JSON contract (cli-json.md, section reproduce) covers every
/// printed number of the five trials; the html report is self-contained and offline; nothing is
/// written into the data folder.
/// </summary>
public class ReproduceCommandTests
{
    private static readonly string Data = RepositoryPaths.Of("data");
    private static readonly TrialCatalog Catalog = TrialCatalog.Open(Data);

    [Test]
    public void JsonHasOneClaimPerPublishedValueWithTheContractFields()
    {
        var run = CliRun.Of("reproduce", "--format", "json", "--data", Data);
        Assert.That((run.ExitCode, run.Error), Is.EqualTo((0, "")));
        using var doc = JsonDocument.Parse(run.Output);
        var trials = doc.RootElement.GetProperty("trials").EnumerateArray().ToList();
        Assert.That(trials.Select(t => t.GetProperty("trial").GetString()), Is.EqualTo(new[] { "chen2014", "chow2014", "kaseb2021", "kim2020", "park2012" }));
        foreach (var trial in trials)
        {
            var id = trial.GetProperty("trial").GetString()!;
            var published = Catalog.Load(id).PublishedValues;
            var claims = trial.GetProperty("claims").EnumerateArray().ToList();
            Assert.That(claims, Has.Count.EqualTo(published.Count), id);
            Assert.That(claims.Select(c => c.GetProperty("id").GetString()), Is.EqualTo(published.Select(v => v.Id)), id);
            Assert.That(claims.Select(c => c.GetProperty("published").GetString()), Is.EqualTo(published.Select(v => v.Text)), id);
            foreach (var claim in claims)
            {
                foreach (var field in new[] { "id", "source", "table", "row_group", "row_label", "column", "quantity", "published", "status", "note" })
                    Assert.That(claim.GetProperty(field).ValueKind, Is.EqualTo(JsonValueKind.String), field);
                Assert.That(claim.GetProperty("reproduced").ValueKind, Is.AnyOf(JsonValueKind.Number, JsonValueKind.Null));
                Assert.That(claim.GetProperty("status").GetString(), Is.AnyOf("reproduced", "differs", "not-reproducible", "conflict"));
            }
            var summary = trial.GetProperty("summary");
            Assert.That(summary.GetProperty("claims").GetInt32(), Is.EqualTo(published.Count));
            foreach (var (field, status) in new[] { ("reproduced", "reproduced"), ("differs", "differs"), ("not_reproducible", "not-reproducible"), ("conflict", "conflict") })
                Assert.That(summary.GetProperty(field).GetInt32(), Is.EqualTo(claims.Count(c => c.GetProperty("status").GetString() == status)), field);
        }
    }

    [Test]
    public void JsonOfOneTrialHoldsTheContractExampleClaim()
    {
        var run = CliRun.Of("reproduce", "--trial", "kaseb2021", "--format", "json", "--data", Data);
        using var doc = JsonDocument.Parse(run.Output);
        var claim = doc.RootElement.GetProperty("trials")[0].GetProperty("claims").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == "kaseb2021/Table4/Sex/Female/median");
        Assert.That(claim.GetProperty("source").GetString(), Is.EqualTo("Table 4"));
        Assert.That(claim.GetProperty("table").GetString(), Is.EqualTo("Table4"));
        Assert.That(claim.GetProperty("quantity").GetString(), Is.EqualTo("median PFS (months)"));
        Assert.That(claim.GetProperty("published").GetString(), Is.EqualTo("12.25"));
    }

    [Test]
    public void TextHasOneSummaryLinePerTrial()
    {
        var run = CliRun.Of("reproduce", "--data", Data);
        Assert.That(run.ExitCode, Is.EqualTo(0));
        var lines = run.Output.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ')).ToList();
        Assert.That(lines, Has.Count.EqualTo(5));
        var kaseb = Catalog.Load("kaseb2021").PublishedValues.Count;
        Assert.That(lines[2], Does.StartWith($"kaseb2021: {kaseb} claims, "));
        Assert.That(run.Output, Does.Contain("[same_quantity_printed_differently] median PFS (months) is printed 10.32 (Table 4 line 314), 10.4 (Abstract line 33), 10.3 (Results line 214)"));
    }

    [Test]
    public void HtmlReportIsSelfContainedAndLeavesTheDataFolderUnchanged()
    {
        var before = Fingerprint(Data);
        var folder = Path.Combine(Path.GetTempPath(), "analysis-kit-tests", Guid.NewGuid().ToString("N"), "report");
        try
        {
            var run = CliRun.Of("reproduce", "--format", "html", "--out", folder, "--data", Data);
            Assert.That((run.ExitCode, run.Error), Is.EqualTo((0, "")));
            var pages = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.That(pages, Is.EqualTo(new[] { "chen2014.html", "chow2014.html", "comparison.html", "index.html", "kaseb2021.html", "kim2020.html", "park2012.html" }));
            foreach (var page in Directory.GetFiles(folder))
            {
                var html = File.ReadAllText(page);
                Assert.That(NetworkReferences.In(html), Is.Empty, page);
                Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.Contain("<style>"), page);
            }
            var kaseb = File.ReadAllText(Path.Combine(folder, "kaseb2021.html"));
            Assert.That(kaseb, Does.Contain("<div id=\"charts\">"));
            Assert.That(kaseb, Does.Contain("class=\"conflict\"").And.Contain("class=\"reproduced\""));
            Assert.That(File.ReadAllText(Path.Combine(folder, "index.html")), Does.Contain("href=\"kaseb2021.html\"").And.Contain("href=\"comparison.html\""));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
        Assert.That(Fingerprint(Data), Is.EqualTo(before));
    }

    [Test]
    public void ReportIsRefusedInsideTheDataFolder()
    {
        var before = Fingerprint(Data);
        var run = CliRun.Of("reproduce", "--format", "html", "--out", Path.Combine(Data, "report"), "--data", Data);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("inside the data folder"));
        Assert.That(Fingerprint(Data), Is.EqualTo(before));
    }

    [Test]
    public void UnknownTrialIsBadUsage()
    {
        var run = CliRun.Of("reproduce", "--trial", "nosuch2000", "--data", Data);
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("there is no trial 'nosuch2000'").And.Contain("kaseb2021"));
    }

    /// <summary>Every file under a folder with its content hash, in path order.</summary>
    private static IReadOnlyList<string> Fingerprint(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .ToList();
}
