using AnalysisKit.Display;

namespace AnalysisKit.Survival.Cox;

// How a Cox fit shows itself, like R's summary(coxph); the fit is in CoxModel.cs.
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed partial record CoxFit : IHtmlDisplay
{
    /// <summary>
    /// The fit as HTML: the tie method, n and events, the coefficient and hazard-ratio tables
    /// (<see cref="ResultTables.CoxCoefficients"/>, <see cref="ResultTables.CoxHazardRatios"/>),
    /// concordance and the three tests, and any warning.
    /// </summary>
    public string ToHtml() => View().ToHtml();

    /// <summary>The same as <see cref="ToHtml"/>, as aligned plain text.</summary>
    public override string ToString() => View().ToString();

    private ResultView View()
    {
        var view = new ResultView($"Cox proportional hazards model (R coxph, ties = \"{ResultTables.TiesName(Ties)}\")")
            .Line($"n = {ResultTables.Count(N)}, number of events = {ResultTables.Count(Events)}"
                  + (StrataCount > 1 ? $", {ResultTables.Count(StrataCount)} strata" : ""))
            .Table(ResultTables.CoxCoefficients(this))
            .Table(ResultTables.CoxHazardRatios(this));
        foreach (var line in ResultTables.CoxTests(this)) view.Line(line);
        if (!Converged) view.Line("Not converged.");
        foreach (var warning in Warnings) view.Line("Warning: " + warning);
        return view;
    }
}
