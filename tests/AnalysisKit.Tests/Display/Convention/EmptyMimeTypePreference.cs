using AnalysisKit.Display;

namespace AnalysisKit.Tests.Display.Convention;

/// <summary>
/// A result shown by the kit's own formatter source whose attribute prefers an empty list of
/// MIME types: the value the kit's attribute once had by default.
/// </summary>
[TypeFormatterSource(typeof(HtmlDisplayFormatterSource), PreferredMimeTypes = [])]
internal sealed class EmptyMimeTypePreference : IHtmlDisplay
{
    /// <inheritdoc />
    public string ToHtml() => "<p>empty preference</p>";

    /// <inheritdoc />
    public override string ToString() => "empty preference";
}
