using AnalysisKit.Display;

namespace AnalysisKit.Proportions;

// How a proportion with its interval shows itself; the interval is computed in BinomialConfidence.cs.
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed partial record BinomialInterval : IHtmlDisplay
{
    /// <summary>The proportion as HTML: a heading naming the interval method and a one-row table (<see cref="ResultTables.Binomial"/>).</summary>
    public string ToHtml() => View().ToHtml();

    /// <summary>
    /// One line of text, e.g. <c>7/34 = 0.2059 (95% CI 0.08696 to 0.3794; Clopper–Pearson exact (R binom.test))</c>.
    /// </summary>
    public override string ToString() =>
        $"{ResultTables.Count(Events)}/{ResultTables.Count(Trials)} = {ResultTables.Text(Proportion)} "
        + $"({ResultTables.Percent(Level)} CI {ResultTables.Text(Lower)} to {ResultTables.Text(Upper)}; {ResultTables.MethodName(Method)})";

    private ResultView View() =>
        new ResultView($"Proportion with {ResultTables.Percent(Level)} confidence interval, {ResultTables.MethodName(Method)}")
            .Table(ResultTables.Binomial(this));
}
