namespace AnalysisKit.Display;

/// <summary>
/// The formatter source for every <see cref="IHtmlDisplay"/> result: one formatter for
/// <c>text/html</c> (from <see cref="IHtmlDisplay.ToHtml"/>) and one for <c>text/plain</c>
/// (from <see cref="object.ToString"/>). Named by
/// <c>[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]</c> on a result type.
/// </summary>
public sealed class HtmlDisplayFormatterSource
{
    /// <summary>The formatters, <c>text/html</c> first, as the notebook kernel's convention asks.</summary>
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlDisplayFormatter(HtmlDisplayFormatter.Html);
        yield return new HtmlDisplayFormatter(HtmlDisplayFormatter.PlainText);
    }
}
