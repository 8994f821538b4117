using System.Net;

namespace AnalysisKit.Notebooks;

/// <summary>The one HTML escaping rule of the notebook pages.</summary>
internal static class Html
{
    /// <summary><paramref name="text"/> safe as HTML text or attribute value.</summary>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
