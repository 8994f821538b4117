using AnalysisKit.Cli.Commands;
using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Survival;

/// <summary>
/// Each quantile rule names the program and function whose median it reproduces, and the km
/// command's text output prints that name for whichever rule fitted the curves.
/// </summary>
public class QuantileRuleNamesTests
{
    [TestCase(QuantileRule.R, "R print.survfit")]
    [TestCase(QuantileRule.SasLifetest, "SAS PROC LIFETEST")]
    [TestCase(QuantileRule.RQuantileFunction, "R quantile.survfit")]
    public void EachRuleSaysItsOwnName(QuantileRule rule, string name)
    {
        Assert.That(rule.DisplayName(), Is.EqualTo(name));
    }

    [Test]
    public void EveryRuleHasADistinctName()
    {
        var rules = Enum.GetValues<QuantileRule>();
        Assert.That(rules.Select(r => r.DisplayName()).Distinct().Count(), Is.EqualTo(rules.Length));
    }

    [Test]
    public void AValueThatIsNoRuleHasNoName()
    {
        Assert.That(() => ((QuantileRule)99).DisplayName(), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    // Deaths at 1 and 3, censored at 2 and 4: S = 0.75, 0.375; the median by every rule is 3
    // (R: survfit(Surv(c(1,2,3,4), c(1,0,1,0)) ~ 1) prints median 3).
    [TestCase(QuantileRule.R)]
    [TestCase(QuantileRule.SasLifetest)]
    [TestCase(QuantileRule.RQuantileFunction)]
    public void KmTextNamesTheRuleThatReadTheMedian(QuantileRule rule)
    {
        var options = new KaplanMeierOptions { QuantileRule = rule };
        var sample = SurvivalSample.Of([1, 2, 3, 4], [true, false, true, false]);
        var text = KmText.Write(KmResult.Of(sample, options, new KmRequest(null, null, false), synthetic: false), table: false);
        var firstLine = text.Split('\n')[0];
        Assert.That(firstLine, Does.EndWith("; median by " + rule.DisplayName()));
        Assert.That(text, Does.Match(@"group=all\s+4\s+2\s+3\s"));
    }
}
