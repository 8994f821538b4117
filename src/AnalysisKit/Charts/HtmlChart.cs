using AnalysisKit.Display;

namespace AnalysisKit.Charts;

/// <summary>
/// A drawn chart: an HTML fragment (a <c>&lt;div&gt;</c> and the <c>&lt;script&gt;</c> that draws
/// into it). In a notebook it displays itself as the chart; as plain text it names itself.
/// </summary>
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]
public sealed class HtmlChart : IHtmlDisplay
{
    /// <summary>A chart made by the chart named <paramref name="chartName"/>, titled <paramref name="title"/>, written as <paramref name="html"/>.</summary>
    public HtmlChart(string chartName, string title, string html)
    {
        ChartName = chartName ?? throw new ArgumentNullException(nameof(chartName));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Html = html ?? throw new ArgumentNullException(nameof(html));
    }

    /// <summary>The catalogue name of the chart that drew this (for example "step-line").</summary>
    public string ChartName { get; }

    /// <summary>The chart's title (may be empty).</summary>
    public string Title { get; }

    /// <summary>The HTML fragment.</summary>
    public string Html { get; }

    /// <inheritdoc/>
    public string ToHtml() => Html;

    /// <summary>A one-line description, for places that cannot show HTML.</summary>
    public override string ToString() =>
        Title.Length == 0 ? $"[{ChartName} chart]" : $"[{ChartName} chart: {Title}]";
}
