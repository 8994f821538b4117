using AnalysisKit.Charts;
using Plotly.NET;

namespace AnalysisKit.Interactive;

/// <summary>
/// The HTML of a chart shown in a notebook. The first chart after <see cref="Restart"/> carries
/// plotly.js (<see cref="PlotlyScript.Embedded"/>); every later one carries only its figure and
/// draws once the page has plotly.js (<see cref="PlotlyScript.None"/>). A notebook shows all its
/// outputs in one page, so one copy serves every chart, as in Python plotly's offline notebook
/// mode: a notebook of 21 charts saves one plotly.js, not 21.
/// </summary>
public static class NotebookCharts
{
    private static int _plotlyWritten;

    /// <summary>The next chart will carry plotly.js again.</summary>
    public static void Restart() => Interlocked.Exchange(ref _plotlyWritten, 0);

    /// <summary>The fragment showing <paramref name="chart"/>; see <see cref="NotebookCharts"/>.</summary>
    public static string Html(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var first = Interlocked.Exchange(ref _plotlyWritten, 1) == 0;
        return ChartHtml.Fragment(chart, first ? PlotlyScript.Embedded : PlotlyScript.None);
    }
}
