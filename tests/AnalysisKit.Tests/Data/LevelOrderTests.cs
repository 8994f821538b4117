using AnalysisKit.Data;

namespace AnalysisKit.Tests.Data;

public class LevelOrderTests
{
    // R: levels(factor(c(10, 2, 1, 2))) is "1" "2" "10"
    [Test]
    public void NumericLevelsSortAsNumbers() =>
        Assert.That(LevelOrder.Levels(["10", "2", "1", "2"]), Is.EqualTo(new[] { "1", "2", "10" }));

    // R (C locale): sort(c("b", "B", "a")) is "B" "a" "b"
    [Test]
    public void TextLevelsSortOrdinally() =>
        Assert.That(LevelOrder.Levels(["b", "B", "a", "b"]), Is.EqualTo(new[] { "B", "a", "b" }));

    [Test]
    public void MixedLevelsSortAsText() =>
        Assert.That(LevelOrder.Levels(["10", "x", "2"]), Is.EqualTo(new[] { "10", "2", "x" }));
}
