namespace AnalysisKit.Tests.Survival;

/// <summary>
/// Agreement with R: |actual − expected| ≤ 1e-6 · |expected|, with an absolute floor of 1e-10
/// for expected values that are 0 (or within round-off of it). R's NA/null must be NaN here.
/// </summary>
internal static class Tolerance
{
    public const double Relative = 1e-6;
    public const double AbsoluteFloor = 1e-10;

    public static void AssertClose(double actual, double expected, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.That(actual, Is.NaN, $"{what}: R gives NA");
            return;
        }
        var allowed = Math.Max(Relative * Math.Abs(expected), AbsoluteFloor);
        Assert.That(Math.Abs(actual - expected), Is.LessThanOrEqualTo(allowed),
            $"{what}: kit {actual:R}, R {expected:R}");
    }

    public static void AssertAllClose(IReadOnlyList<double> actual, IReadOnlyList<double> expected, string what)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Count), $"{what}: length");
        for (var i = 0; i < expected.Count; i++) AssertClose(actual[i], expected[i], $"{what}[{i}]");
    }
}
