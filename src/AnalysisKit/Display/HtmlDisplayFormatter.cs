namespace AnalysisKit.Display;

/// <summary>
/// Writes an <see cref="IHtmlDisplay"/> value in one MIME type: <c>text/html</c> writes
/// <see cref="IHtmlDisplay.ToHtml"/>, <c>text/plain</c> writes <see cref="object.ToString"/>.
/// Its members have the shape the notebook kernel's convention expects (see
/// <see cref="TypeFormatterSourceAttribute"/>).
/// </summary>
public sealed class HtmlDisplayFormatter
{
    /// <summary>The MIME type of HTML output.</summary>
    public const string Html = "text/html";

    /// <summary>The MIME type of plain-text output.</summary>
    public const string PlainText = "text/plain";

    /// <summary>A formatter for <paramref name="mimeType"/>, which is <see cref="Html"/> or <see cref="PlainText"/>.</summary>
    public HtmlDisplayFormatter(string mimeType)
    {
        if (mimeType is not (Html or PlainText))
            throw new ArgumentException($"MIME type '{mimeType}' is not shown; use '{Html}' or '{PlainText}'.", nameof(mimeType));
        MimeType = mimeType;
    }

    /// <summary>The MIME type this formatter writes.</summary>
    public string MimeType { get; }

    /// <summary>The type this formatter handles: <see cref="IHtmlDisplay"/>.</summary>
    public Type Type => typeof(IHtmlDisplay);

    /// <summary>
    /// Writes <paramref name="instance"/> to <paramref name="writer"/> in <see cref="MimeType"/>.
    /// Returns <see langword="false"/>, writing nothing, when the value is not an <see cref="IHtmlDisplay"/>.
    /// </summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is not IHtmlDisplay display) return false;
        writer.Write(MimeType == Html ? display.ToHtml() : display.ToString());
        return true;
    }
}
