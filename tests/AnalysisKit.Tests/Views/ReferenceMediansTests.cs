using System.Globalization;
using AnalysisKit.Comparison;
using AnalysisKit.Reproduction;
using AnalysisKit.Trials;
using AnalysisKit.Views;

namespace AnalysisKit.Tests.Views;

public class ReferenceMediansTests
{
    [Test]
    public void TrialMediansSitBesideTheComparableReferenceMediansShortestFirst()
    {
        var catalog = TrialCatalog.OpenRepository();
        var comparison = SurvivalComparison.Compare(CrossTrialCohorts.Of(catalog, "PFS"), [6]);
        var rows = ReferenceMedians.Alongside(comparison, ReferenceFigures.Load(catalog)).Rows;
        var medians = rows.Select(r => double.Parse(r[2].Text, CultureInfo.InvariantCulture)).ToList();
        Assert.That(medians, Is.Ordered);
        // Three synthetic PFS cohorts (kaseb2021, kim2020, park2012) and the two PFS medians kaseb2021 cites:
        // SHARP 5.5 (line 399) and IMbrave150 6.8 (line 401).
        Assert.That(rows, Has.Count.EqualTo(5));
        Assert.That(rows.Where(r => r[4].Text.StartsWith("printed", StringComparison.Ordinal)).Select(r => (r[0].Text, r[2].Text, r[4].Text)),
            Is.EqualTo(new[] { ("SHARP", "5.50", "printed in kaseb2021 line 399"), ("IMbrave150", "6.80", "printed in kaseb2021 line 401") }));
        foreach (var r in comparison.Rows)
        {
            var shown = rows.Single(x => x[0].Text == r.Cohort.Trial);
            Assert.That(shown[2].Text, Is.EqualTo(r.Curve.Median.Time.ToString("F2", CultureInfo.InvariantCulture)));
            Assert.That(shown[4].Text, Is.EqualTo("synthetic"));
        }
    }

    [Test]
    public void OverallSurvivalLeavesOutThePlaceboArmAndHazardRatios()
    {
        var catalog = TrialCatalog.OpenRepository();
        var comparison = SurvivalComparison.Compare(CrossTrialCohorts.Of(catalog, "OS"), [6]);
        var rows = ReferenceMedians.Alongside(comparison, ReferenceFigures.Load(catalog)).Rows;
        // SHARP sorafenib 10.7 is comparable; the placebo arm's 7.9 (reference-figures.csv: not comparable) is not shown.
        Assert.That(rows.Select(r => r[2].Text), Does.Contain("10.70").And.Not.Contain("7.90"));
        // Sangro 2011: median 10 (95% CI 7.7-10.9), kaseb2021 line 565.
        Assert.That(rows.Single(r => r[0].Text.StartsWith("Sangro", StringComparison.Ordinal))[3].Text, Is.EqualTo("7.7–10.9"));
    }
}
