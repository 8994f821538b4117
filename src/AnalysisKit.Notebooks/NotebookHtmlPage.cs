using System.Globalization;
using System.Text;

namespace AnalysisKit.Notebooks;

/// <summary>
/// A self-contained HTML page of an executed notebook: which kernel ran it, the failure if any,
/// markdown cells rendered, code cells escaped in <c>&lt;pre&gt;&lt;code&gt;</c>, and each code
/// cell's outputs in order (HTML as the kernel produced it, text escaped, errors marked). The
/// page loads nothing from elsewhere: charts draw with the plotly.js that the kernel session's
/// first chart output carries.
/// </summary>
public static class NotebookHtmlPage
{
    private static readonly string[] PreferredMimeTypes =
        ["text/html", "image/svg+xml", "image/png", "image/jpeg", "text/markdown", "text/plain"];

    /// <summary>The page's HTML text.</summary>
    public static string Render(ExecutedNotebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>").Append(Html.Escape(notebook.Name)).Append("</title>\n")
            .Append("<style>\n").Append(NotebookHtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n")
            .Append("<p class=\"kernel\">").Append(Html.Escape(notebook.Name)).Append(".ipynb, run top to bottom in the .NET Interactive kernel ")
            .Append(Html.Escape(notebook.KernelVersion)).Append(" (Microsoft.dotnet-interactive, stdio).</p>\n");
        if (notebook.Failure is { } failure)
            page.Append("<div class=\"failure\"><pre>").Append(Html.Escape(failure.Message)).Append("</pre></div>\n");
        foreach (var cell in notebook.Cells)
            AppendCell(page, cell);
        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Writes the page to <paramref name="path"/> (UTF-8), creating its folder.</summary>
    public static void Write(ExecutedNotebook notebook, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllText(path, Render(notebook), new UTF8Encoding(false));
    }

    private static void AppendCell(StringBuilder page, ExecutedCell cell)
    {
        if (cell.Kind == NotebookCellKind.Markdown || cell.KernelName == "markdown")
        {
            page.Append("<section class=\"cell markdown\">\n").Append(NotebookMarkdown.ToHtml(cell.Source)).Append("</section>\n");
            return;
        }
        if (cell.Kind == NotebookCellKind.Raw)
        {
            page.Append("<section class=\"cell raw\"><pre>").Append(Html.Escape(cell.Source)).Append("</pre></section>\n");
            return;
        }
        var prompt = cell.ExecutionCount is { } count ? count.ToString(CultureInfo.InvariantCulture) : " ";
        page.Append("<section class=\"cell code").Append(cell.WasRun ? "" : " not-run").Append("\">\n")
            .Append("<div class=\"source\"><span class=\"prompt\">[").Append(prompt).Append("]</span>")
            .Append("<pre><code class=\"language-").Append(Html.Escape(cell.KernelName)).Append("\">")
            .Append(Html.Escape(cell.Source)).Append("</code></pre></div>\n");
        if (cell.Outputs.Count > 0)
        {
            page.Append("<div class=\"outputs\">\n");
            foreach (var output in cell.Outputs)
                AppendOutput(page, output);
            page.Append("</div>\n");
        }
        page.Append("</section>\n");
    }

    private static void AppendOutput(StringBuilder page, CellOutput output)
    {
        switch (output.Kind)
        {
            case CellOutputKind.StandardOutput:
                page.Append("<div class=\"output stdout\"><pre>").Append(Html.Escape(output.Text)).Append("</pre></div>\n");
                return;
            case CellOutputKind.StandardError:
                page.Append("<div class=\"output stderr\"><pre>").Append(Html.Escape(output.Text)).Append("</pre></div>\n");
                return;
            case CellOutputKind.Error:
                page.Append("<div class=\"output error\"><pre>").Append(Html.Escape(output.Text)).Append("</pre></div>\n");
                return;
        }
        var mime = PreferredMimeTypes.FirstOrDefault(m => output.ValueOf(m) is not null) ?? output.Data.FirstOrDefault().Key;
        if (mime is null) return;
        var value = output.ValueOf(mime)!;
        page.Append("<div class=\"output\">");
        page.Append(mime switch
        {
            "text/html" or "image/svg+xml" => value,
            "image/png" or "image/jpeg" => $"<img src=\"data:{mime};base64,{value.Trim()}\" alt=\"\">",
            "text/markdown" => NotebookMarkdown.ToHtml(value),
            _ => $"<pre>{Html.Escape(value)}</pre>",
        });
        page.Append("</div>\n");
    }
}
