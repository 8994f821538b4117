using System.Text;

namespace AnalysisKit.Display;

/// <summary>
/// The shown form of one statistical result: a heading, lines of text (summary lines, test
/// statistics, warnings) and tables, in the order added. Written as one HTML
/// <c>&lt;div class="analysiskit-result"&gt;</c> or as plain text with a blank line between blocks.
/// </summary>
internal sealed class ResultView
{
    private readonly List<object> _blocks = [];

    // Spacing for the tables of a result, scoped to its class so that nothing else on the page changes.
    internal const string Style =
        "<style>.analysiskit-result table{border-collapse:collapse;margin:0.2em 0 0.9em 0}"
        + ".analysiskit-result th,.analysiskit-result td{padding:0.15em 0.7em}"
        + ".analysiskit-result th{text-align:left}.analysiskit-result thead th{border-bottom:1px solid #888}</style>";

    public ResultView(string heading) => Heading = heading;

    public string Heading { get; }

    public ResultView Line(string text)
    {
        _blocks.Add(text);
        return this;
    }

    public ResultView Table(DisplayTable table)
    {
        _blocks.Add(table);
        return this;
    }

    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<div class=\"analysiskit-result\">").Append(Style);
        sb.Append("<p><strong>").Append(HtmlText.Escape(Heading)).Append("</strong></p>");
        var inParagraph = false;
        foreach (var block in _blocks)
        {
            if (block is string line)
            {
                sb.Append(inParagraph ? "<br/>" : "<p>").Append(HtmlText.Escape(line));
                inParagraph = true;
                continue;
            }
            if (inParagraph) sb.Append("</p>");
            inParagraph = false;
            sb.Append(((DisplayTable)block).ToHtml());
        }
        if (inParagraph) sb.Append("</p>");
        sb.Append("</div>");
        return sb.ToString();
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(Heading).Append('\n');
        var previousWasTable = false;
        foreach (var block in _blocks)
        {
            if (block is string line)
            {
                if (previousWasTable) sb.Append('\n');
                sb.Append(line).Append('\n');
                previousWasTable = false;
                continue;
            }
            sb.Append('\n').Append(block);
            previousWasTable = true;
        }
        return sb.ToString();
    }
}
