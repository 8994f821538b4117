using AnalysisKit.Reconstruction;
using AnalysisKit.Tests.Survival;

namespace AnalysisKit.Tests.Reconstruction.Validation;

/// <summary>Cross-tabulations of baseline variables and their total variation distance, against R (build_validation_trials.R).</summary>
public sealed class CrossTabTests
{
    [TestCaseSource(typeof(ValidationTruth), nameof(ValidationTruth.Cohorts))]
    public void Shares_of_every_pair_of_levels_match_R(string cohort)
    {
        var sets = new Dictionary<string, ValidationPatients>
        {
            ["cohort"] = ValidationTruth.Patients(cohort),
            ["comparison"] = ValidationTruth.ComparisonSample(cohort),
        };
        foreach (var pair in ValidationTruth.Rows(cohort, "crosstabs.csv").GroupBy(r => (r["sample"], r["variable_a"], r["variable_b"])))
        {
            var table = CrossTab.Of(sets[pair.Key.Item1], pair.Key.Item2, pair.Key.Item3);
            foreach (var row in pair)
                Tolerance.AssertClose(table.Share(row["level_a"], row["level_b"]), ValidationTruth.Number(row["proportion"]),
                    $"{cohort} {pair.Key} {row["level_a"]} × {row["level_b"]}");
        }
    }

    [Test]
    public void Total_variation_by_hand()
    {
        var a = Patients(["F", "F", "M", "M"], ["Y", "N", "Y", "N"]);
        var b = Patients(["F", "F", "F", "M"], ["Y", "Y", "N", "N"]);
        var disjoint = Patients(["X", "X", "X", "X"], ["Y", "Y", "Y", "Y"]);

        // p: FY, FN, MY, MN = ¼ each; q: FY ½, FN ¼, MN ¼ → ½ (¼ + 0 + ¼ + 0) = ¼.
        Assert.That(CrossTab.Of(a, "Sex", "Node").TotalVariation(CrossTab.Of(b, "Sex", "Node")), Is.EqualTo(0.25));
        Assert.That(CrossTab.Of(a, "Sex", "Node").TotalVariation(CrossTab.Of(a, "Sex", "Node")), Is.EqualTo(0));
        Assert.That(CrossTab.Of(a, "Sex", "Node").TotalVariation(CrossTab.Of(disjoint, "Sex", "Node")), Is.EqualTo(1));
    }

    [Test]
    public void Tables_of_other_variables_are_not_compared()
    {
        var a = Patients(["F", "M"], ["Y", "N"]);
        var error = Assert.Throws<ArgumentException>(() => CrossTab.Of(a, "Sex", "Node").TotalVariation(CrossTab.Of(a, "Node", "Sex")));
        Assert.That(error!.Message, Does.Contain("compare tables of the same two variables"));
        Assert.Throws<ArgumentException>(() => CrossTab.Of(a, "Sex", "Sex"));
    }

    private static ValidationPatients Patients(string[] sex, string[] node) =>
        new([new("Sex", sex), new("Node", node)], [new EndpointColumn("os", sex.Select(_ => 1.0).ToArray(), sex.Select(_ => true).ToArray())]);
}
