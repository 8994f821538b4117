using System.Text.Json;
using AnalysisKit.Consistency;
using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Consistency;

/// <summary>
/// <see cref="LandmarkEventCounts"/> against hand arithmetic: S = Π(1 − d/r), Greenwood
/// σ² = Σ d/(r(r − d)), log limits S·exp(∓1.96σ) capped at 1.
/// </summary>
public class LandmarkEventCountsTests
{
    [Test]
    public void KasebFemaleTimeToProgressionNeedsFourProgressionsByTwelveMonths()
    {
        // Table 6, Sex / Female: 9 patients, 5 progressions, 0.508 (0.257, 1) at 12 months.
        // One event among 9, one censoring, events among 7, 6 and 5:
        // S = 8/9 · 6/7 · 5/6 · 4/5 = 32/63 = 0.50794; σ² = 1/72 + 1/42 + 1/30 + 1/20 = 0.121032,
        // lower 0.50794 · exp(−1.96 · 0.34790) = 0.2568, upper 1.0126 capped at 1.
        // Three events give at most 6/9 or, after censorings, values whose limits miss.
        var (allowed, complete) = LandmarkEventCounts.Of(9, 5, 0.508, 3, 0.257, 1, 3);
        Assert.That(complete, Is.True);
        Assert.That(allowed, Is.EqualTo(new[] { 4 }));
    }

    [Test]
    public void WithoutCensoringTheRateIsAMultipleOfOneOverN()
    {
        // 10 patients who all have the event: nobody is censored, S = (10 − k)/10, so 0.6 is k = 4.
        Assert.That(LandmarkEventCounts.Of(10, 10, 0.6, 1, null, null, 3).Allowed, Is.EqualTo(new[] { 4 }));
        // 7 of 7: 0.333 is no j/7 (2/7 = 0.286, 3/7 = 0.429), whatever the limits.
        var (allowed, complete) = LandmarkEventCounts.Of(7, 7, 0.333, 3, 0.108, 1, 3);
        Assert.That(allowed, Is.Empty);
        Assert.That(complete, Is.True);
    }

    [Test]
    public void CensoringsCanLetFewerEventsReachTheSameRate()
    {
        // 4 patients, 2 events in all, S = 0.5: two events among 4 and 3 (3/4 · 2/3), or two
        // censorings and one event among 2 (1/2), the other event later among the 1 left.
        Assert.That(LandmarkEventCounts.Of(4, 2, 0.5, 1, null, null, 3).Allowed, Is.EqualTo(new[] { 1, 2 }));
        // With 3 events in all, the second way leaves one patient for two more events: not possible;
        // one censoring at most, so 1/2 needs 3/4 · 2/3 (k = 2) or 1 − 2/4 (k = 2) only.
        Assert.That(LandmarkEventCounts.Of(4, 3, 0.5, 1, null, null, 3).Allowed, Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void OneNumberOrAnyNumberIsDecidedAlone()
    {
        // The Female row above: 4 progressions by 12 months reproduce 0.508 (0.257, 1), 3 do not.
        Assert.That(LandmarkEventCounts.Allows(4, 9, 5, 0.508, 3, 0.257, 1, 3), Is.True);
        Assert.That(LandmarkEventCounts.Allows(3, 9, 5, 0.508, 3, 0.257, 1, 3), Is.False);
        Assert.That(LandmarkEventCounts.Allows(6, 9, 5, 0.508, 3, 0.257, 1, 3), Is.False, "more events by 12 months than in all");
        Assert.That(LandmarkEventCounts.IsAttainable(9, 5, 0.508, 3, 0.257, 1, 3), Is.True);
        // 2 patients, 1 event: S = 0.5 only with the event among both, σ² = 1/(2·1), lower limit
        // 0.5 · exp(−1.96 · √0.5) = 0.125; a printed 0.300 is reached by no curve.
        Assert.That(LandmarkEventCounts.IsAttainable(2, 1, 0.5, 3, 0.125, 1, 3), Is.True);
        Assert.That(LandmarkEventCounts.IsAttainable(2, 1, 0.5, 3, 0.3, 1, 3), Is.False);
        Assert.That(() => LandmarkEventCounts.Allows(-1, 9, 5, 0.508, 3, 0.257, 1, 3),
            Throws.ArgumentException.With.Message.Contains("cannot be negative"));
    }

    [Test]
    public void ArgumentsOutsideTheirRangeAreRefusedInPlainWords()
    {
        Assert.That(() => LandmarkEventCounts.Of(0, 0, 0.5, 1, null, null, 3),
            Throws.ArgumentException.With.Message.Contains("group size"));
        Assert.That(() => LandmarkEventCounts.Of(5, 6, 0.5, 1, null, null, 3),
            Throws.ArgumentException.With.Message.Contains("between 0 and 5 events"));
        Assert.That(() => LandmarkEventCounts.Of(5, 3, 1.2, 1, null, null, 3),
            Throws.ArgumentException.With.Message.Contains("between 0 and 1"));
    }

    [Test]
    public void KasebReconstructionNamesTheProgressionsTheMetabolicSyndromeNoRowNeeds()
    {
        // reconstruction.json explains the missed Table 6 Metabolic syndrome No 12-month rate with the count of
        // progressions by 12 months that the committed patients have, recounted here from ipd.csv.
        var folder = Path.Combine(RepositoryPaths.Root, "data", "trials", "kaseb2021");
        var row = IpdCsv.Read(Path.Combine(folder, "ipd.csv"), ["PFS", "OS", "TTRP"]).Where(p => p.Baseline["Metabolic syndrome"] == "No").ToList();
        var byTwelve = row.Count(p => p.Outcome("TTRP") is { Event: true, Time: <= 12 });

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "reconstruction.json")));
        var cell = json.RootElement.GetProperty("cells_not_reproduced").EnumerateArray().SingleOrDefault(c =>
            c.GetProperty("table").GetString() == "Table6" && c.GetProperty("row_group").GetString() == "Metabolic syndrome"
            && c.GetProperty("row_label").GetString() == "No" && c.GetProperty("column").GetString() == "s12");
        Assert.That(row, Has.Count.EqualTo(14));
        Assert.That(byTwelve, Is.Not.EqualTo(6), "the committed patients miss this cell");
        Assert.That(cell.ValueKind, Is.EqualTo(JsonValueKind.Object));
        Assert.That(cell.GetProperty("reason").GetString(),
            Is.EqualTo($"0.366 (0.152, 0.881) at 12 months needs 6 events by then among the row's 14 patients; the synthetic patients have {byTwelve} (not met by the search: every row shares their times)"));
    }
}
