using AnalysisKit.Comparison;
using AnalysisKit.Trials;

namespace AnalysisKit.Tests.Comparison;

public class ComparisonTablesTests
{
    private static readonly TrialCatalog Catalog = TrialCatalog.OpenRepository();

    // Objective response, metafor (tests/reference/comparison/pooled.json, PLO REML):
    // pooled 0.428159, CI 0.295530–0.571982, tau2 0.227258, I2 65.7%.
    [Test]
    public void PooledTableShowsTheResultNumbers()
    {
        var pooled = CrossTrialPooling.Pool(OutcomeTable.Load(Catalog), "objective_response");
        var table = ComparisonTables.Pooled(pooled);
        var last = table.Rows[^1];
        Assert.That(last[0].Text, Is.EqualTo("pooled (logit, REML)"));
        Assert.That(last[2].Text, Is.EqualTo("0.428"));
        Assert.That(last[3].Text, Is.EqualTo("0.296–0.572"));
        Assert.That(last[6].Text, Does.Contain("I² = 65.7%"));
        // chow2014 7/28 = 0.25, exact CI (binom.test(7, 28)): 0.107–0.449
        Assert.That(table.Rows[0].Select(c => c.Text).Take(4), Is.EqualTo(new[] { "chow2014", "7 / 28", "0.250", "0.107–0.449" }));
    }

    [Test]
    public void AnOutcomeNotPooledSaysWhy()
    {
        var table = ComparisonTables.Pooled(new PooledOutcome("x", [new OutcomeCount("x", "kim2020", 9, 47, OutcomeDerivation.Count, [], "", "", "", "")], null, "only kim2020 prints it"));
        Assert.That(table.Rows[^1][5].Text, Is.EqualTo("only kim2020 prints it"));
        // binom.test(9, 47)$conf.int: 0.0915–0.3326
        Assert.That(table.Rows[0][3].Text, Is.EqualTo("0.091–0.333"));
    }

    [Test]
    public void ReferenceFiguresKeepThePrintedTextAndComparability()
    {
        var figures = ReferenceFigures.Load(Catalog);
        var sharp = figures.Single(f => f.Id == "sharp-sorafenib-os");
        Assert.That((sharp.Value, sharp.ComparableEndpoint, sharp.SeedLine), Is.EqualTo((10.7, "os", 399)));
        Assert.That(figures.Single(f => f.Id == "soramic-os-hr").ComparableEndpoint, Is.Null);
        Assert.That(ComparisonTables.References(figures).Rows.Count, Is.EqualTo(figures.Count));
    }
}
