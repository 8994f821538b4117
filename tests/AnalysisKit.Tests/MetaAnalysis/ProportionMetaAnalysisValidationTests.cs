using AnalysisKit.MetaAnalysis;

namespace AnalysisKit.Tests.MetaAnalysis;

/// <summary>Impossible inputs are refused with a message that names the study and the problem.</summary>
public class ProportionMetaAnalysisValidationTests
{
    private static readonly ProportionStudy A = new("alpha", 3, 10);
    private static readonly ProportionStudy B = new("beta", 5, 12);

    [TestCase(12, 10, "Study 'gamma' has more events (12) than patients (10)")]
    [TestCase(-1, 10, "Study 'gamma': the number of events is negative (-1)")]
    [TestCase(3, -10, "Study 'gamma': the number of patients is negative (-10)")]
    [TestCase(2.5, 10, "Study 'gamma': the number of events is 2.5, not a whole number")]
    [TestCase(2, 10.5, "Study 'gamma': the number of patients is 10.5, not a whole number")]
    [TestCase(0, 0, "Study 'gamma' has no patients")]
    [TestCase(double.NaN, 10, "Study 'gamma': the number of events is not a finite number")]
    public void ImpossibleCountsNameTheStudy(double events, double patients, string message)
    {
        var studies = new[] { A, new ProportionStudy("gamma", events, patients), B };
        var e = Assert.Throws<ArgumentException>(() => ProportionMetaAnalysis.Run(studies))!;
        Assert.That(e.Message, Does.StartWith(message));
    }

    [Test]
    public void DuplicatedStudyIsNamed()
    {
        var e = Assert.Throws<ArgumentException>(() => ProportionMetaAnalysis.Run([A, B, new ProportionStudy("alpha", 1, 4)]))!;
        Assert.That(e.Message, Does.StartWith("Study 'alpha' appears twice"));
    }

    [Test]
    public void StudyWithoutNameIsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => ProportionMetaAnalysis.Run([A, new ProportionStudy(" ", 1, 4)]))!;
        Assert.That(e.Message, Does.Contain("Study number 2 has no name"));
    }

    [Test]
    public void OneStudyIsNotEnoughForRandomEffects()
    {
        var e = Assert.Throws<ArgumentException>(() => ProportionMetaAnalysis.Run([A]))!;
        Assert.That(e.Message, Does.Contain("at least two studies").And.Contain("'alpha'"));
        Assert.Throws<ArgumentException>(() => ProportionMetaAnalysis.Run([]));
        Assert.Throws<ArgumentException>(() => RandomEffectsModel.Fit([0.1], [0.2]));
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(95.0)]
    public void LevelMustLieStrictlyBetweenZeroAndOne(double level)
    {
        var e = Assert.Throws<ArgumentException>(() => ProportionMetaAnalysis.Run([A, B], options: new RandomEffectsOptions { Level = level }))!;
        Assert.That(e.Message, Does.Contain("strictly between 0 and 1"));
    }

    [Test]
    public void ModelRefusesVariancesThatAreNotPositiveAndUnequalLengths()
    {
        Assert.That(Assert.Throws<ArgumentException>(() => RandomEffectsModel.Fit([0.1, 0.2], [0.1, 0]))!.Message,
            Does.Contain("study 2").And.Contain("positive"));
        Assert.That(Assert.Throws<ArgumentException>(() => RandomEffectsModel.Fit([0.1, 0.2, 0.3], [0.1, 0.2]))!.Message,
            Does.Contain("3 effect sizes but 2 variances"));
    }

    [Test]
    public void RemlThatDoesNotConvergeSaysSoAsMetaforDoes()
    {
        // Heterogeneous data need several Fisher scoring steps; one allowed step is not enough.
        double[] yi = [-2.9, 2.2, -1.1, 2.7, -2.7, 0, 3.2];
        double[] vi = [0.35, 0.22, 0.13, 0.2, 0.21, 0.09, 0.21];
        var e = Assert.Throws<InvalidOperationException>(() => RandomEffectsModel.Fit(yi, vi, new RandomEffectsOptions { MaxIterations = 1 }))!;
        Assert.That(e.Message, Does.Contain("did not converge"));
    }
}
