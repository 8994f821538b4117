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
        sb.Append("<div class=\"analysiskit-result\">");
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
