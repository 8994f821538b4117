namespace AnalysisKit.Notebooks;

/// <summary>The one newline convention of everything this library writes: <c>\n</c>.</summary>
internal static class LineEndings
{
    /// <summary><paramref name="text"/> with <c>\r\n</c> and lone <c>\r</c> replaced by <c>\n</c>.</summary>
    public static string Normalize(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>The first line of <paramref name="text"/> that is not blank, trimmed; empty when there is none.</summary>
    public static string FirstLine(string text) =>
        Normalize(text).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}
