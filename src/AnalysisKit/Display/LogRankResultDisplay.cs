using AnalysisKit.Display;

namespace AnalysisKit.Survival;

// How a log-rank result shows itself, like R's print.survdiff; the test is in LogRankTest.cs.
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed partial record LogRankResult : IHtmlDisplay
{
    /// <summary>
    /// The test as HTML: its name (log-rank, Peto &amp; Peto or G-rho with rho), the group table
    /// (<see cref="ResultTables.LogRankGroups"/>) and the chi-square line.
    /// </summary>
    public string ToHtml() => View().ToHtml();

    /// <summary>The same as <see cref="ToHtml"/>, as aligned plain text.</summary>
    public override string ToString() => View().ToString();

    private ResultView View() =>
        new ResultView(ResultTables.LogRankTestName(this))
            .Table(ResultTables.LogRankGroups(this))
            .Line(ResultTables.LogRankStatistic(this));
}
