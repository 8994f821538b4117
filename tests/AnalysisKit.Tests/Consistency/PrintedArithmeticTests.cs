using AnalysisKit.Consistency;

namespace AnalysisKit.Tests.Consistency;

public class PrintedArithmeticTests
{
    // 9/34 = 26.4706%: printed "26.5%" (kaseb2021 Table 1, Sex Female).
    [TestCase(26.470588, 26.5, 1, true)]
    // 16/34 = 47.0588%: "47.0%" (Results) is wrong at one decimal, "47.1%" (Table 1) is right.
    [TestCase(47.058824, 47.0, 1, false)]
    [TestCase(47.058824, 47.1, 1, true)]
    // A tie: 0.125 printed "0.12" (R's round-half-even) and "0.13" (SAS's half-up) both agree.
    [TestCase(0.125, 0.12, 2, true)]
    [TestCase(0.125, 0.13, 2, true)]
    [TestCase(0.1251, 0.12, 2, false)]
    public void AgreementAtPrintedRounding(double value, double printed, int decimals, bool expected) =>
        Assert.That(PrintedRounding.Agrees(value, printed, decimals), Is.EqualTo(expected));

    // chow2014 abstract: "2 (7%) CR and 5 (18%) PR", ORR 25% (7 patients).
    // 2/d in [6.5%, 7.5%) needs d in 27..30; 5/d in [17.5%, 18.5%] needs d = 28; 7/d in [24.5%, 25.5%] needs d = 28.
    [TestCase(2, 7.0, new[] { 27, 28, 29, 30 })]
    [TestCase(5, 18.0, new[] { 28 })]
    [TestCase(7, 25.0, new[] { 28 })]
    public void ImplicitDenominatorsOfChow2014Responses(int count, double percent, int[] expected) =>
        Assert.That(PercentageArithmetic.Denominators(count, percent, 0, 40), Is.EqualTo(expected));

    [Test]
    public void PercentRefusesCountsAboveTheDenominator()
    {
        var e = Assert.Throws<ArgumentException>(() => PercentageArithmetic.Percent(5, 4))!;
        Assert.That(e.Message, Does.Contain("5 patients out of 4"));
    }

    // Three patients reach 1, 2/3, 1/2 (one censored first), 1/3 and 0; nothing near 0.4.
    [TestCase(3, 0.4, 1, false, false)]
    [TestCase(3, 0.5, 1, false, true)]
    [TestCase(3, 0.5, 1, true, false)]
    [TestCase(3, 0.67, 2, true, true)]
    // kaseb2021 Table 4: Female n = 9, 1-year PFS 0.556 = 5/9; CLIP stage 3 n = 5, 0.2 = 1/5.
    [TestCase(9, 0.556, 3, true, true)]
    [TestCase(5, 0.2, 1, true, true)]
    // Two patients can only give 1, 1/2 or 0.
    [TestCase(2, 0.3, 1, false, false)]
    public void AttainableKaplanMeierValues(int n, double printed, int decimals, bool withoutCensoring, bool expected) =>
        Assert.That(KaplanMeierAttainability.IsAttainable(n, printed, decimals, withoutCensoring), Is.EqualTo(expected));

    [Test]
    public void WitnessIsACurveThatReachesTheValue()
    {
        // 0.5 from three patients needs one censoring: 2 at risk, 1 event.
        var steps = KaplanMeierAttainability.Witness(3, 0.5, 1)!;
        var survival = steps.Aggregate(1.0, (s, step) => s * (1 - (double)step.Events / step.AtRisk));
        Assert.That(survival, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(steps, Is.EqualTo(new[] { (2, 1) }));
    }

    [Test]
    public void SmallestNonZeroValueIsOneOverN()
    {
        // 34 patients (kaseb2021): 0.441 = 15/34 without censoring. No non-zero value lies below
        // 1/34 = 0.02941, so 0.0200 is impossible and 0.0294 is the smallest printable one.
        Assert.That(KaplanMeierAttainability.IsAttainable(34, 0.441, 3, withoutCensoring: true), Is.True);
        Assert.That(KaplanMeierAttainability.IsAttainable(34, 0.0200, 4), Is.False);
        Assert.That(KaplanMeierAttainability.IsAttainable(34, 0.0294, 4), Is.True);
        Assert.That(KaplanMeierAttainability.IsAttainable(34, 0.999, 3), Is.False, "the first possible step is 33/34 = 0.9706");
    }
}
