using AnalysisKit.Display;

namespace AnalysisKit.Tests.Display;

public class DisplayNumberTests
{
    // Each expected value is R 4's formatC(value, format = "f", digits = decimals); exact binary
    // ties round half to even there: formatC(c(-0.125, 0.125), format = "f", digits = 2) is
    // "-0.12" "0.12", formatC(2.5, format = "f", digits = 0) is "2", formatC(20.25, format = "f",
    // digits = 1) is "20.2", and formatC(2.345, format = "f", digits = 2) is "2.35" (2.345 is
    // stored slightly above the tie).
    [TestCase(20.5, 1, "20.5")]
    [TestCase(1.0 / 3.0, 3, "0.333")]
    [TestCase(2.0, 2, "2.00")]
    [TestCase(-0.125, 2, "-0.12")]
    [TestCase(0.125, 2, "0.12")]
    [TestCase(2.5, 0, "2")]
    [TestCase(20.25, 1, "20.2")]
    [TestCase(2.345, 2, "2.35")]
    [TestCase(12345.678, 1, "12345.7")]
    public void FixedDecimals(double value, int decimals, string expected) =>
        Assert.That(DisplayNumber.Fixed(value, decimals), Is.EqualTo(expected));

    [TestCase(double.NaN, "NA")]
    [TestCase(double.PositiveInfinity, "Inf")]
    [TestCase(double.NegativeInfinity, "-Inf")]
    public void NonFiniteValuesUseRSpellings(double value, string expected)
    {
        Assert.That(DisplayNumber.Fixed(value, 2), Is.EqualTo(expected));
        Assert.That(DisplayNumber.Significant(value), Is.EqualTo(expected));
    }

    // R: print(1/3) is 0.3333333; print(1234.5678) is 1234.568; print(1e-10) is 1e-10
    [TestCase(1.0 / 3.0, "0.3333333")]
    [TestCase(1234.5678, "1234.568")]
    [TestCase(1e-10, "1e-10")]
    [TestCase(123456789.0, "1.234568e8")]
    [TestCase(0.25, "0.25")]
    public void SevenSignificantDigits(double value, string expected) =>
        Assert.That(DisplayNumber.Significant(value), Is.EqualTo(expected));

    [Test]
    public void CountsHaveNoGroupSeparators() => Assert.That(DisplayNumber.Count(1234567), Is.EqualTo("1234567"));

    [Test]
    public void DecimalsOutsideZeroToFifteenAreRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DisplayNumber.Fixed(1, 16));
}
