using AnalysisKit.Comparison;
using AnalysisKit.Frames;

namespace AnalysisKit.Tests.Frames;

public class ComparisonFramesTests
{
    // Workshop 1's eight patients (2, 3, 3+, 5, 6+, 8, 9, 12+) and four deaths at 1, 2, 3, 4.
    private static readonly SurvivalComparison Comparison = SurvivalComparison.Compare(
    [
        new SurvivalCohort("eight", "os", [2, 3, 3, 5, 6, 8, 9, 12], [true, true, false, true, false, true, true, false], Synthetic: false),
        new SurvivalCohort("four", "os", [1, 2, 3, 4], [true, true, true, true], Synthetic: true),
    ], [6, 12]);

    [Test]
    public void SurvivalFrameHasDeclaredColumns()
    {
        var frame = ComparisonFrames.Survival(Comparison);
        Assert.That(frame.RowKeys, Is.EqualTo(new[] { 0, 1 }));
        Assert.That(frame.ColumnKeys, Is.EqualTo(new[] { "trial", "endpoint", "synthetic", "n", "events", "median", "median_lower", "median_upper",
            "s6", "s6_lower", "s6_upper", "s12", "s12_lower", "s12_upper", "rmst", "rmst_lower", "rmst_upper", "horizon" }));
        Assert.That(frame.ColumnTypes.Take(5), Is.EqualTo(new[] { typeof(string), typeof(string), typeof(bool), typeof(int), typeof(int) }));
        Assert.That(frame.ColumnTypes.Skip(5), Is.All.EqualTo(typeof(double)));
        Assert.That(frame.GetColumn<bool>("synthetic").Values, Is.EqualTo(new[] { false, true }));
    }

    [Test]
    public void SurvivalFrameHoldsHandWorkedValues()
    {
        var frame = ComparisonFrames.Survival(Comparison);
        Assert.That(frame.GetColumn<int>("n").Values, Is.EqualTo(new[] { 8, 4 }));
        Assert.That(frame.GetColumn<int>("events").Values, Is.EqualTo(new[] { 5, 4 }));
        // Eight patients: median 8, lower limit 5, upper limit not reached (workshop 1, exercise 3).
        Assert.That(frame.GetColumn<double>("median")[0], Is.EqualTo(8));
        Assert.That(frame.GetColumn<double>("median_lower")[0], Is.EqualTo(5));
        Assert.That(frame.GetColumn<double>("median_upper").TryGet(0).HasValue, Is.False);
        // Four deaths: S = 0.5 exactly from 2 to 3, so R's median is the midpoint 2.5.
        Assert.That(frame.GetColumn<double>("median")[1], Is.EqualTo(2.5));
        // S(6) = 0.875 · 6/7 · 4/5 = 0.6, S(12) = 0.6 · 2/3 · 1/2 = 0.2; the four end at 4 months.
        Assert.That(frame.GetColumn<double>("s6")[0], Is.EqualTo(0.6).Within(1e-12));
        Assert.That(frame.GetColumn<double>("s12")[0], Is.EqualTo(0.2).Within(1e-12));
        Assert.That(frame.GetColumn<double>("s6").TryGet(1).HasValue, Is.False);
        Assert.That(frame.GetColumn<double>("s6_lower").TryGet(1).HasValue, Is.False);
        // Horizon: the smaller last time, 4. RMST = area under the steps up to 4:
        // eight: 2·1 + 1·0.875 + 1·0.75 = 3.625; four: 1 + 0.75 + 0.5 + 0.25 = 2.5.
        Assert.That(frame.GetColumn<double>("horizon").Values, Is.EqualTo(new[] { 4.0, 4.0 }));
        Assert.That(frame.GetColumn<double>("rmst")[0], Is.EqualTo(3.625).Within(1e-12));
        Assert.That(frame.GetColumn<double>("rmst")[1], Is.EqualTo(2.5).Within(1e-12));
        Assert.That(frame.GetColumn<double>("rmst_lower")[0], Is.LessThan(3.625));
        Assert.That(frame.GetColumn<double>("rmst_upper")[0], Is.GreaterThan(3.625));
    }
}
