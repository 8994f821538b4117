using System.Text.Json;
using AnalysisKit.Data;
using AnalysisKit.Reproduction;
using AnalysisKit.Survival;
using AnalysisKit.Tests.Support;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Reproduction;

/// <summary>
/// A trial's <c>ci_transform</c> (trial.json) chooses the transform the ledger recomputes its
/// printed intervals with. park2012's landmark interval is plain: the ledger's 6-month PFS
/// interval on the committed synthetic patients is R's
/// <c>summary(survfit(Surv(pfs_months, pfs_event) ~ 1, conf.type = "plain"), times = 6)</c>
/// (tests/reference/reproduction/park2012_plain.R), 1e-9 relative; the TTP median interval,
/// with no transform named, stays R's default log.
/// </summary>
public class IntervalTransformTests
{
    private const double Relative = 1e-9;

    private static readonly JsonElement R =
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Of("tests/reference/reproduction/park2012_plain.json"))).RootElement;

    private static readonly TrialCatalog Catalog = TrialCatalog.Open(RepositoryPaths.Of("data"));

    private static Claim ClaimOf(TrialReproduction ledger, string group, string label, string column) =>
        ledger.Claims.Single(c => c.Id == ClaimId.Of("park2012", "Abstract", group, label, column));

    private static void AssertClose(double? actual, double expected, string what)
    {
        Assert.That(actual, Is.Not.Null, what);
        Assert.That(actual!.Value, Is.EqualTo(expected).Within(Math.Abs(expected) * Relative), what);
    }

    [Test]
    public void Park2012MetadataNamesPlainLandmarkIntervals()
    {
        var transforms = Catalog.Load("park2012").Metadata.CiTransform!;
        Assert.That((transforms.Landmark, transforms.Median), Is.EqualTo(("plain", (string?)null)));
        Assert.That((transforms.LandmarkType, transforms.MedianType), Is.EqualTo((ConfidenceIntervalType.Plain, ConfidenceIntervalType.Log)));
        Assert.That(transforms.SeedLines, Is.EqualTo(new[] { 10 }));
    }

    [TestCase("chen2014")]
    [TestCase("chow2014")]
    [TestCase("kaseb2021")]
    [TestCase("kim2020")]
    public void OtherTrialsNameNoTransform(string trial) =>
        Assert.That(Catalog.Load(trial).Metadata.CiTransform, Is.Null);

    [Test]
    public void Park2012SixMonthPfsIntervalIsRecomputedPlainAsR()
    {
        var ledger = ReproductionLedger.Reproduce(Catalog.Load("park2012"));
        var plain = R.GetProperty("plain");
        // percentages: the paper prints 52% (37.3-66.1)
        AssertClose(ClaimOf(ledger, "Progression-free survival", "All patients", "s6").Reproduced, 100 * plain.GetProperty("s6").GetDouble(), "s6");
        AssertClose(ClaimOf(ledger, "Progression-free survival", "All patients", "s6_lower").Reproduced, 100 * plain.GetProperty("s6_lower").GetDouble(), "s6_lower");
        AssertClose(ClaimOf(ledger, "Progression-free survival", "All patients", "s6_upper").Reproduced, 100 * plain.GetProperty("s6_upper").GetDouble(), "s6_upper");
        var lower = ClaimOf(ledger, "Progression-free survival", "All patients", "s6_lower");
        Assert.That(lower.Note, Does.Contain("plain (untransformed) Greenwood 95% CI, the transform trial.json names"));
        // 37.56 and 65.47 still print differently from 37.3 and 66.1: the synthetic patients are not the trial's
        Assert.That((lower.Status, ClaimOf(ledger, "Progression-free survival", "All patients", "s6_upper").Status),
            Is.EqualTo((ClaimStatus.Differs, ClaimStatus.Differs)));
        // R's log interval, which the ledger used before, is another interval
        Assert.That(lower.Reproduced!.Value, Is.Not.EqualTo(100 * R.GetProperty("log").GetProperty("s6_lower").GetDouble()).Within(0.1));
    }

    [Test]
    public void Park2012MedianIntervalKeepsRsDefaultLog()
    {
        var ledger = ReproductionLedger.Reproduce(Catalog.Load("park2012"));
        AssertClose(ClaimOf(ledger, "Time to progression", "All patients", "median_lower").Reproduced, R.GetProperty("ttp_median_lower").GetDouble(), "median_lower");
        AssertClose(ClaimOf(ledger, "Time to progression", "All patients", "median_upper").Reproduced, R.GetProperty("ttp_median_upper").GetDouble(), "median_upper");
        Assert.That(ClaimOf(ledger, "Time to progression", "All patients", "median_lower").Note, Does.Contain("log-transformed Greenwood 95% CI)"));
    }

    [Test]
    public void AnUnknownTransformIsRefused()
    {
        var root = Directory.CreateTempSubdirectory("analysis-kit-transform-");
        try
        {
            var folder = Path.Combine(root.FullName, "trials", "park2012");
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(RepositoryPaths.Of("data/trials/park2012")))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            var json = Path.Combine(folder, "trial.json");
            File.WriteAllText(json, File.ReadAllText(json).Replace("\"landmark\": \"plain\"", "\"landmark\": \"arcsine\"", StringComparison.Ordinal));
            var e = Assert.Throws<DataFileException>(() => TrialCatalog.Open(root.FullName).Load("park2012"))!;
            Assert.That(e.Message, Does.Contain("$.ci_transform.landmark").And.Contain("'arcsine' is not an interval transform"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
