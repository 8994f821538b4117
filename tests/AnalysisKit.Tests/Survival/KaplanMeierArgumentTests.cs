using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Survival;

/// <summary>Bad arguments are refused with an ArgumentException whose message says what is wrong in plain words.</summary>
public class KaplanMeierArgumentTests
{
    [Test]
    public void EmptySampleIsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([], []))!;
        Assert.That(e.Message, Does.Contain("no patients"));
        Assert.Throws<ArgumentException>(() => KaplanMeier.FitByGroup([], [], []));
    }

    [Test]
    public void LengthsMustAgree()
    {
        var e = Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1, 2, 3], [true, false]))!;
        Assert.That(e.Message, Does.Contain("3 follow-up times but 2 event indicators"));
        var g = Assert.Throws<ArgumentException>(() => KaplanMeier.FitByGroup([1, 2], [true, false], ["a"]))!;
        Assert.That(g.Message, Does.Contain("2 follow-up times but 1 group labels"));
    }

    [TestCase(-2.0, "time[1] is negative (-2)")]
    [TestCase(double.NaN, "time[1] is NaN")]
    [TestCase(double.PositiveInfinity, "must be finite")]
    public void TimesMustBeFiniteAndNotNegative(double bad, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1, bad, 3], [true, true, false]))!;
        Assert.That(e.Message, Does.Contain(message));
    }

    [Test]
    public void MissingGroupLabelIsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => KaplanMeier.FitByGroup([1, 2], [true, true], ["a", ""]))!;
        Assert.That(e.Message, Does.Contain("group[1] is missing"));
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(95.0)]
    public void ConfidenceLevelMustBeAProbability(double level)
    {
        var e = Assert.Throws<ArgumentException>(() => KaplanMeier.Fit([1], [true], new KaplanMeierOptions { ConfidenceLevel = level }))!;
        Assert.That(e.Message, Does.Contain("strictly between 0 and 1"));
    }

    [Test]
    public void QueriesRefuseImpossibleValues()
    {
        var curve = KaplanMeier.Fit([1, 2], [true, false]);
        Assert.That(Assert.Throws<ArgumentException>(() => curve.Quantile(1.5))!.Message, Does.Contain("between 0 and 1"));
        Assert.That(Assert.Throws<ArgumentException>(() => curve.SurvivalAt([1, double.NaN]))!.Message, Does.Contain("times[1] is NaN"));
        Assert.That(Assert.Throws<ArgumentException>(() => curve.RestrictedMean(-1))!.Message, Does.Contain("0 or more"));
        Assert.Throws<ArgumentException>(() => KaplanMeier.CommonRestrictionTime([]));
    }
}
