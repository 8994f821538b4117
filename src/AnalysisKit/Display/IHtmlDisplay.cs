namespace AnalysisKit.Display;

/// <summary>
/// A result that knows how to show itself: <see cref="ToHtml"/> gives the rich form
/// (<c>text/html</c>) and <see cref="object.ToString"/> the plain-text form (<c>text/plain</c>).
/// </summary>
/// <remarks>
/// A result type opts in to notebook display by implementing this interface and carrying
/// <c>[TypeFormatterSource(typeof(HtmlDisplayFormatterSource))]</c>; see
/// <see cref="TypeFormatterSourceAttribute"/> for how the notebook kernel finds it.
/// </remarks>
public interface IHtmlDisplay
{
    /// <summary>An HTML fragment (no <c>&lt;html&gt;</c> or <c>&lt;body&gt;</c>) showing the result.</summary>
    string ToHtml();
}
