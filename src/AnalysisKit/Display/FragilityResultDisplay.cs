using AnalysisKit.Display;

namespace AnalysisKit.Survival;

// How a fragility search shows itself; the search is in LogRankFragility.cs.
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed partial record FragilityResult : IHtmlDisplay
{
    /// <summary>The search as HTML: a summary line and one row per changed outcome with the p-value after it.</summary>
    public string ToHtml() => View().ToHtml();

    /// <summary>The same as <see cref="ToHtml"/>, as aligned plain text.</summary>
    public override string ToString() => View().ToString();

    private ResultView View()
    {
        var a = DisplayNumber.Significant(Alpha);
        var summary = Crossed
            ? $"Log-rank p = {DisplayNumber.PValue(StartP)}; after {ResultTables.Count(Changes.Count)} changed outcome(s) p = {DisplayNumber.PValue(Changes[^1].PAfter)}, on the other side of {a}."
            : $"Log-rank p = {DisplayNumber.PValue(StartP)}; {ResultTables.Count(Changes.Count)} changed outcome(s) did not move p across {a}.";
        var table = new DisplayTable(null, "step", "patient", "group", "time", "changed", "p after");
        for (var i = 0; i < Changes.Count; i++)
        {
            var c = Changes[i];
            table.AddRow(i + 1, c.Patient, c.Group, ResultTables.Number(c.Time), c.WasEvent ? "event → censored" : "censored → event",
                new DisplayCell(DisplayNumber.PValue(c.PAfter), true));
        }
        return new ResultView($"Fragility of a log-rank p-value at {a}").Line(summary).Table(table);
    }
}
