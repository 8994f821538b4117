using System.Text;

namespace AnalysisKit.Display;

/// <summary>
/// A small table that results use to show themselves: a caption, column headers and rows of
/// cells, written as an HTML <c>&lt;table&gt;</c> (<see cref="ToHtml"/>, every text escaped) or as
/// aligned plain text (<see cref="ToString"/>). Numbers are printed in invariant culture and
/// right-aligned. In a notebook the table displays itself as HTML.
/// </summary>
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed class DisplayTable : IHtmlDisplay
{
    private readonly List<IReadOnlyList<DisplayCell>> _rows = [];

    /// <summary>An empty table with a caption (may be <see langword="null"/>) and its column headers.</summary>
    public DisplayTable(string? caption, params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Length == 0) throw new ArgumentException("A table needs at least one column header.", nameof(headers));
        Caption = caption;
        Headers = [.. headers];
    }

    /// <summary>The caption shown above the table, or <see langword="null"/>.</summary>
    public string? Caption { get; }

    /// <summary>The column headers, in order.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The rows added so far, in order.</summary>
    public IReadOnlyList<IReadOnlyList<DisplayCell>> Rows => _rows;

    /// <summary>
    /// Adds a row with one value per column; each value becomes a cell through
    /// <see cref="DisplayCell.From"/>. Returns this table, so rows can be chained.
    /// </summary>
    public DisplayTable AddRow(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != Headers.Count)
            throw new ArgumentException(
                $"Row {_rows.Count + 1} has {cells.Length} cells but the table has {Headers.Count} columns ({string.Join(", ", Headers)}).",
                nameof(cells));
        _rows.Add(cells.Select(DisplayCell.From).ToArray());
        return this;
    }

    /// <summary>
    /// The table as an HTML fragment: <c>&lt;table class="analysiskit-table"&gt;</c> with an optional
    /// <c>&lt;caption&gt;</c>, a <c>&lt;thead&gt;</c> row of headers and a <c>&lt;tbody&gt;</c>; number cells, and the
    /// headers of columns holding only numbers (as in <see cref="ToString"/>), carry <c>style="text-align:right"</c>. All text is escaped with <see cref="HtmlText.Escape"/>.
    /// </summary>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<table class=\"analysiskit-table\">");
        if (Caption is not null) sb.Append("<caption>").Append(HtmlText.Escape(Caption)).Append("</caption>");
        sb.Append("<thead><tr>");
        var rightAligned = NumberColumns();
        for (var c = 0; c < Headers.Count; c++)
            sb.Append(rightAligned[c] ? "<th style=\"text-align:right\">" : "<th>").Append(HtmlText.Escape(Headers[c])).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in _rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append(cell.IsNumber ? "<td style=\"text-align:right\">" : "<td>")
                  .Append(HtmlText.Escape(cell.Text))
                  .Append("</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        return sb.ToString();
    }

    /// <summary>
    /// The table as plain text: the caption on its own line, then the headers and the rows in
    /// columns two spaces apart, each column as wide as its widest entry; number cells (and their
    /// headers) are right-aligned, text left-aligned. Lines end with "\n" and carry no trailing spaces.
    /// </summary>
    public override string ToString()
    {
        var widths = Headers.Select(h => h.Length).ToArray();
        foreach (var row in _rows)
            for (var c = 0; c < widths.Length; c++) widths[c] = Math.Max(widths[c], row[c].Text.Length);
        var rightAligned = NumberColumns();

        var sb = new StringBuilder();
        if (Caption is not null) sb.Append(Caption).Append('\n');
        AppendLine(sb, Headers.Select((h, c) => (h, rightAligned[c])).ToList(), widths);
        foreach (var row in _rows) AppendLine(sb, row.Select(cell => (cell.Text, cell.IsNumber)).ToList(), widths);
        return sb.ToString();
    }

    // A column of numbers (every non-empty cell a number, at least one number) is right-aligned, header included.
    private bool[] NumberColumns() =>
        Enumerable.Range(0, Headers.Count)
            .Select(c => _rows.Count > 0 && _rows.All(r => r[c].IsNumber || r[c].Text.Length == 0) && _rows.Any(r => r[c].IsNumber))
            .ToArray();

    private static void AppendLine(StringBuilder sb, List<(string Text, bool Right)> cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0) line.Append("  ");
            var (text, right) = cells[c];
            line.Append(right ? text.PadLeft(widths[c]) : text.PadRight(widths[c]));
        }
        sb.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
