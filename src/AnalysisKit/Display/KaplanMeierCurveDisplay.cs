using AnalysisKit.Display;

namespace AnalysisKit.Survival;

// How a fitted curve shows itself; the fit itself is in KaplanMeier.cs and KaplanMeierCurve.cs.
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed partial class KaplanMeierCurve : IHtmlDisplay
{
    /// <summary>
    /// The curve as HTML: a heading naming the group and the interval transform, R's
    /// <c>print.survfit</c> line (n, events, median and its limits) and the survfit table
    /// (<see cref="ResultTables.KaplanMeierRows"/>).
    /// </summary>
    public string ToHtml() => View().ToHtml();

    /// <summary>The same as <see cref="ToHtml"/>, as aligned plain text.</summary>
    public override string ToString() => View().ToString();

    private ResultView View() =>
        new ResultView($"Kaplan–Meier estimate: {(Group == KaplanMeier.AllPatients ? "all patients" : Group)}")
            .Line(ResultTables.IntervalDescription(this) + "; median limits where the band crosses 0.5")
            .Table(ResultTables.KaplanMeierSummary([this]))
            .Table(ResultTables.KaplanMeierRows(this));
}
