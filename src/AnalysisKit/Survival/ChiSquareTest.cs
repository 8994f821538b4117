namespace AnalysisKit.Survival;

/// <summary>A chi-square test: statistic, degrees of freedom and upper-tail p-value.</summary>
/// <param name="Statistic">The chi-square statistic.</param>
/// <param name="DegreesOfFreedom">Degrees of freedom.</param>
/// <param name="P">P(χ²(df) ≥ statistic), computed from the upper tail (<see cref="TailProbability.ChiSquareUpper"/>).</param>
public sealed record ChiSquareTest(double Statistic, int DegreesOfFreedom, double P)
{
    /// <summary>Builds the test from a statistic and its degrees of freedom.</summary>
    public static ChiSquareTest Of(double statistic, int degreesOfFreedom) =>
        new(statistic, degreesOfFreedom, TailProbability.ChiSquareUpper(statistic, degreesOfFreedom));
}
