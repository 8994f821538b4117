using System.Reflection;
using AnalysisKit.Display;
using AnalysisKit.Proportions;
using AnalysisKit.Survival;
using AnalysisKit.Survival.Cox;

namespace AnalysisKit.Tests.Display;

/// <summary>
/// How results show themselves. Every printed number is checked against hand arithmetic and
/// R 4.x with survival 3.5.3 (tests/reference/display/result_display.R; the printed output is in the comments), at the
/// four significant digits the tables print.
/// </summary>
public class ResultDisplayTests
{
    // Eight patients, times 2, 3, 3+, 5, 6+, 8, 9, 12+ (+ = censored).
    //  t  n  d  S = Π(1 − d/n)     σ² = Σ d/(n(n − d))   se(S) = S·σ   log lower = S·exp(−1.959964·σ)
    //  2  8  1  7/8       = 0.875  1/56  = 0.01785714   0.1169268     0.6733819
    //  3  7  1  0.875·6/7 = 0.75   +1/42 = 0.04166667   0.1530931     0.5027018
    //  5  5  1  0.75·4/5  = 0.6    +1/20 = 0.09166667   0.1816590     0.3314646
    //  8  3  1  0.6·2/3   = 0.4    +1/6  = 0.2583333    0.2033060     0.1477148
    //  9  2  1  0.4·1/2   = 0.2    +1/2  = 0.7583333    0.1741647     0.03628974
    // R: survfit(Surv(time, status) ~ 1) prints n 8, events 5, median 8, 0.95LCL 5, 0.95UCL NA;
    // with conf.type = "log-log" the 0.95LCL is 2.
    private static readonly double[] EightTimes = [2, 3, 3, 5, 6, 8, 9, 12];
    private static readonly bool[] EightDied = [true, true, false, true, false, true, true, false];

    // Two groups: A = 1, 3, 4+, 6 and B = 2, 5, 7, 8+. At the event times 1, 2, 3, 5, 6, 7:
    //   E_A = 4/8 + 3/7 + 3/6 + 1/4 + 1/3 + 0/2 = 2.011905,  O_A = 3,  E_B = 6 − E_A = 3.988095
    //   V   = 16/64 + 12/49 + 9/36 + 3/16 + 2/9 + 0 = 1.154620
    //   (O − E)²/V = 0.9763314/1.154620 = 0.8455873;  (O−E)²/E: 0.4852775 (A), 0.2448117 (B)
    // R: survdiff(Surv(time, status) ~ g) gives the same, p = 0.3578.
    private static readonly double[] TwoGroupTimes = [1, 3, 4, 6, 2, 5, 7, 8];
    private static readonly bool[] TwoGroupDied = [true, true, false, true, true, true, true, false];
    private static readonly string[] TwoGroups = ["A", "A", "A", "A", "B", "B", "B", "B"];

    private static string Style => ResultView.Style;

    private static string[] Texts(IReadOnlyList<DisplayCell> row) => row.Select(c => c.Text).ToArray();

    [Test]
    public void KaplanMeierSummaryLineIsPrintSurvfit()
    {
        var curve = KaplanMeier.Fit(EightTimes, EightDied);
        var summary = ResultTables.KaplanMeierSummary([curve]);
        Assert.That(summary.Headers, Is.EqualTo(new[] { "group", "n", "events", "median", "0.95LCL", "0.95UCL" }));
        Assert.That(Texts(summary.Rows[0]), Is.EqualTo(new[] { "all", "8", "5", "8", "5", "NA" }));

        var logLog = KaplanMeier.Fit(EightTimes, EightDied, new KaplanMeierOptions { ConfidenceType = ConfidenceIntervalType.LogLog });
        Assert.That(Texts(ResultTables.KaplanMeierSummary([logLog]).Rows[0]), Is.EqualTo(new[] { "all", "8", "5", "8", "2", "NA" }));
    }

    [Test]
    public void KaplanMeierRowsMatchHandArithmetic()
    {
        var table = ResultTables.KaplanMeierRows(KaplanMeier.Fit(EightTimes, EightDied));
        Assert.That(table.Headers, Is.EqualTo(new[] { "time", "n.risk", "n.event", "n.censor", "survival", "std.err", "lower 95% CI", "upper 95% CI" }));
        Assert.That(table.Rows.Select(Texts), Is.EqualTo(new[]
        {
            new[] { "2", "8", "1", "0", "0.875", "0.1169", "0.6734", "1" },
            new[] { "3", "7", "1", "1", "0.75", "0.1531", "0.5027", "1" },
            new[] { "5", "5", "1", "0", "0.6", "0.1817", "0.3315", "1" },
            new[] { "6", "4", "0", "1", "0.6", "0.1817", "0.3315", "1" },
            new[] { "8", "3", "1", "0", "0.4", "0.2033", "0.1477", "1" },
            new[] { "9", "2", "1", "0", "0.2", "0.1742", "0.03629", "1" },
            new[] { "12", "1", "0", "1", "0.2", "0.1742", "0.03629", "1" },
        }));
    }

    [Test]
    public void KaplanMeierTextNamesTheTransform()
    {
        var text = KaplanMeier.Fit(EightTimes, EightDied, new KaplanMeierOptions { ConfidenceType = ConfidenceIntervalType.LogLog }).ToString();
        Assert.That(text, Does.StartWith(
            "Kaplan–Meier estimate: all patients\n"
            + "95% pointwise confidence intervals on the log-log scale (R conf.type = \"log-log\"); median limits where the band crosses 0.5\n"
            + "\n"
            + "group  n  events  median  0.95LCL  0.95UCL\n"
            + "all    8       5       8        2       NA\n"
            + "\n"
            + "time  n.risk  n.event  n.censor  survival  std.err  lower 95% CI  upper 95% CI\n"
            + "   2       8        1         0     0.875   0.1169         0.387        0.9814\n"));
    }

    [Test]
    public void KaplanMeierHtmlHoldsHeadingAndBothTables()
    {
        var curve = KaplanMeier.Fit(EightTimes, EightDied);
        var html = curve.ToHtml();
        Assert.That(html, Does.StartWith("<div class=\"analysiskit-result\">" + Style + "<p><strong>Kaplan–Meier estimate: all patients</strong></p>"
            + "<p>95% pointwise confidence intervals on the log scale (R conf.type = &quot;log&quot;); median limits where the band crosses 0.5</p>"));
        Assert.That(html, Does.Contain(ResultTables.KaplanMeierSummary([curve]).ToHtml() + ResultTables.KaplanMeierRows(curve).ToHtml()));
        Assert.That(html, Does.EndWith("</table></div>"));
    }

    [Test]
    public void LogRankIsPrintSurvdiff()
    {
        var result = LogRankTest.Compute(TwoGroupTimes, TwoGroupDied, TwoGroups);
        var table = ResultTables.LogRankGroups(result);
        Assert.That(table.Headers, Is.EqualTo(new[] { "group", "N", "Observed", "Expected", "(O-E)^2/E", "(O-E)^2/V" }));
        Assert.That(table.Rows.Select(Texts), Is.EqualTo(new[]
        {
            new[] { "A", "4", "3", "2.012", "0.4853", "0.8456" },
            new[] { "B", "4", "3", "3.988", "0.2448", "0.8456" },
        }));
        Assert.That(result.ToString(), Is.EqualTo(
            "Log-rank test (R survdiff, rho = 0)\n"
            + "\n"
            + "group  N  Observed  Expected  (O-E)^2/E  (O-E)^2/V\n"
            + "A      4         3     2.012     0.4853     0.8456\n"
            + "B      4         3     3.988     0.2448     0.8456\n"
            + "\n"
            + "Chisq = 0.8456 on 1 degrees of freedom, p = 0.358\n"));
        Assert.That(result.ToHtml(), Does.Contain("<p>Chisq = 0.8456 on 1 degrees of freedom, p = 0.358</p>"));
    }

    [Test]
    public void LogRankNamesPetoAndStrata()
    {
        var peto = LogRankTest.Compute(TwoGroupTimes, TwoGroupDied, TwoGroups, rho: 1);
        Assert.That(ResultTables.LogRankTestName(peto), Is.EqualTo("Peto & Peto test (R survdiff, rho = 1)"));
        var strata = new[] { "x", "y", "x", "y", "x", "y", "x", "y" };
        var stratified = LogRankTest.Compute(TwoGroupTimes, TwoGroupDied, TwoGroups, strata);
        Assert.That(ResultTables.LogRankTestName(stratified), Is.EqualTo("Log-rank test (R survdiff, rho = 0), stratified over 2 strata"));
    }

    // R: summary(coxph(Surv(time, status) ~ g)) on the two groups above:
    //   gB coef -0.8365541, exp(coef) 0.4332007, se(coef) 0.9331737, z -0.89646, Pr 0.37001
    //      exp(-coef) 2.308399, lower .95 0.06956172, upper .95 2.69779
    //   Score (logrank) test = 0.85 on 1 df, p = 0.358 (with no tied times it is the log-rank χ², 0.8455873)
    [Test]
    public void CoxIsSummaryCoxph()
    {
        var fit = CoxModel.Fit(TwoGroupTimes, TwoGroupDied, [CoxCovariate.Categorical("g", TwoGroups)]);
        Assert.That(Texts(ResultTables.CoxCoefficients(fit).Rows[0]), Is.EqualTo(new[] { "g=B", "-0.8366", "0.4332", "0.9332", "-0.8965", "0.37" }));
        Assert.That(Texts(ResultTables.CoxHazardRatios(fit).Rows[0]), Is.EqualTo(new[] { "g=B", "0.4332", "2.308", "0.06956", "2.698" }));
        Assert.That(ResultTables.CoxHazardRatios(fit).Headers, Is.EqualTo(new[] { "term", "exp(coef)", "exp(-coef)", "lower .95", "upper .95" }));
        var text = fit.ToString();
        Assert.That(text, Does.StartWith("Cox proportional hazards model (R coxph, ties = \"efron\")\nn = 8, number of events = 6\n"));
        Assert.That(text, Does.Contain("\nScore (logrank) test = 0.8456 on 1 df, p = 0.358\n"));
        Assert.That(text, Does.Contain("\nConcordance = 0.604"));
        Assert.That(fit.ToHtml(), Does.Contain(ResultTables.CoxCoefficients(fit).ToHtml()));
    }

    // R: binom.test(7, 34)$conf.int = 0.08702131 0.37897775; 7/34 = 0.2058824.
    [Test]
    public void BinomialIntervalNamesItsMethod()
    {
        var interval = BinomialConfidence.ClopperPearson(7, 34);
        Assert.That(interval.ToString(), Is.EqualTo("7/34 = 0.2059 (95% CI 0.08702 to 0.379; Clopper–Pearson exact (R binom.test))"));
        Assert.That(Texts(ResultTables.Binomial(interval).Rows[0]), Is.EqualTo(new[] { "7", "34", "0.2059", "0.08702", "0.379" }));
        Assert.That(interval.ToHtml(), Does.StartWith("<div class=\"analysiskit-result\">" + Style + "<p><strong>Proportion with 95% confidence interval, Clopper–Pearson exact (R binom.test)</strong></p><table"));
        Assert.That(BinomialConfidence.Wilson(7, 34).ToString(), Does.EndWith("; Wilson score (R prop.test, correct = FALSE))"));
    }

    [TestCase(typeof(KaplanMeierCurve))]
    [TestCase(typeof(LogRankResult))]
    [TestCase(typeof(CoxFit))]
    [TestCase(typeof(BinomialInterval))]
    public void ResultTypesCarryTheFormatterConvention(Type type)
    {
        var attribute = type.GetCustomAttribute<TypeFormatterSourceAttribute>();
        Assert.That(attribute?.FormatterSourceType, Is.EqualTo(typeof(HtmlDisplayFormatterSource)));
        Assert.That(typeof(IHtmlDisplay).IsAssignableFrom(type));
    }

    [Test]
    public void FormatterWritesHtmlAndText()
    {
        var interval = BinomialConfidence.ClopperPearson(7, 34);
        using var html = new StringWriter();
        using var text = new StringWriter();
        Assert.That(new HtmlDisplayFormatter(HtmlDisplayFormatter.Html).Format(interval, html), Is.True);
        Assert.That(new HtmlDisplayFormatter(HtmlDisplayFormatter.PlainText).Format(interval, text), Is.True);
        Assert.That((html.ToString(), text.ToString()), Is.EqualTo((interval.ToHtml(), interval.ToString())));
    }

    // R: signif(c(0.12345678, 1234.5678, 0.00012345678), 4) prints 0.1235 1235 0.0001235; 1e-20 < eps.
    [TestCase(0.12345678, 4, "0.1235")]
    [TestCase(1234.5678, 4, "1235")]
    [TestCase(0.00012345678, 4, "0.0001235")]
    [TestCase(123456789.0, 3, "1.23e8")]
    [TestCase(0.0, 4, "0")]
    [TestCase(double.NaN, 4, "NA")]
    public void SignificantDigits(double value, int digits, string expected) =>
        Assert.That(DisplayNumber.Significant(value, digits), Is.EqualTo(expected));

    [TestCase(0.04962, "0.0496")]
    [TestCase(0.05041, "0.0504")]
    [TestCase(1e-20, "<2.2e-16")]
    [TestCase(double.NaN, "NA")]
    public void PValues(double p, string expected) => Assert.That(DisplayNumber.PValue(p), Is.EqualTo(expected));
}
