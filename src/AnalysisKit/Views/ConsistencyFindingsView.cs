using System.Text;
using AnalysisKit.Consistency;
using AnalysisKit.Display;
using AnalysisKit.Reproduction;
using AnalysisKit.Reproduction.Report;

namespace AnalysisKit.Views;

/// <summary>
/// The consistency findings of a trial: printed numbers that cannot all be right, each with the
/// check that failed, the arithmetic in words and the places cited, in the report's rendering
/// (<see cref="LedgerHtml.Findings"/>), preceded by a count per check.
/// </summary>
/// <param name="Trial">Trial id.</param>
/// <param name="Findings">The findings, in the checker's order.</param>
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed record ConsistencyFindingsView(string Trial, IReadOnlyList<ConsistencyFinding> Findings) : IHtmlDisplay
{
    /// <summary>The findings of a trial's ledger.</summary>
    public static ConsistencyFindingsView Of(TrialReproduction trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return new ConsistencyFindingsView(trial.Trial, trial.Findings);
    }

    /// <summary>How many findings each check produced (<c>check, findings</c>), in the order checks first appear.</summary>
    public DisplayTable CountsByCheck()
    {
        var table = new DisplayTable($"{Trial}: {Findings.Count} consistency findings", "check", "findings");
        foreach (var g in Findings.GroupBy(f => f.CheckName, StringComparer.Ordinal)) table.AddRow(g.Key, g.Count());
        return table;
    }

    /// <inheritdoc/>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<div class=\"").Append(LedgerHtml.ScopeClass).Append("\">").Append(LedgerHtml.ScopedStyle);
        if (Findings.Count > 0) html.Append(CountsByCheck().ToHtml());
        html.Append(LedgerHtml.Findings(Findings)).Append("</div>");
        return html.ToString();
    }

    /// <summary>The counts per check, then one line per finding (<see cref="ConsistencyFinding.ToString"/>).</summary>
    public override string ToString()
    {
        if (Findings.Count == 0) return $"{Trial}: no printed numbers contradict each other.\n";
        var text = new StringBuilder(CountsByCheck().ToString());
        foreach (var f in Findings) text.Append("- ").Append(f).Append('\n');
        return text.ToString();
    }
}
