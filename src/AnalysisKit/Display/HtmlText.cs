using System.Text;

namespace AnalysisKit.Display;

/// <summary>Escaping of text placed into HTML.</summary>
public static class HtmlText
{
    /// <summary>
    /// <paramref name="text"/> with the five HTML-significant characters replaced by entities
    /// (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c>, <c>'</c>), safe both as element content and
    /// inside a quoted attribute value. Other characters, such as "–" or "≤", are kept as they
    /// are (pages are written as UTF-8). <see langword="null"/> gives the empty string.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }
        return sb.ToString();
    }
}
