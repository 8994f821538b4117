using AnalysisKit.Survival;

namespace AnalysisKit.Tests.Survival;

/// <summary>The primitive-key sort gives exactly R's <c>order(strata, time, -status)</c>, input position last.</summary>
public class SurvivalOrderTests
{
    [TestCase(0, false, true)]
    [TestCase(1, true, true)]
    [TestCase(2, true, false)]
    [TestCase(3, false, false)]
    public void SameOrderAsSortingOnTheWholeKey(int seed, bool stratified, bool eventsFirst)
    {
        var random = new Random(seed);
        const int n = 5000;
        var time = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 30, 0)).ToArray();
        var status = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.6).ToArray();
        var stratum = Enumerable.Range(0, n).Select(_ => stratified ? random.Next(4) : 0).ToArray();

        var expected = Enumerable.Range(0, n)
            .OrderBy(i => stratum[i]).ThenBy(i => time[i])
            .ThenBy(i => eventsFirst && !status[i] ? 1 : 0).ThenBy(i => i)
            .ToArray();
        var actual = SurvivalOrder.ByStratumAndTime(stratified ? stratum : null, time, eventsFirst ? status : null);

        Assert.That(actual, Is.EqualTo(expected));
    }
}
