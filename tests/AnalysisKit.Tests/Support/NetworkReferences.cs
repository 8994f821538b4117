using System.Text.RegularExpressions;

namespace AnalysisKit.Tests.Support;

/// <summary>
/// Finds what would make a page load something from the network: <c>src</c>/<c>href</c>
/// attributes and CSS <c>url(...)</c> pointing at http(s) or protocol-relative addresses, in the
/// page's markup and styles. Inline script bodies are left out: embedded plotly.js carries
/// namespace and attribution strings ("http://www.w3.org/2000/svg", "https://plotly.com/")
/// that load nothing, while a script that is fetched shows in its tag's <c>src</c>.
/// </summary>
internal static partial class NetworkReferences
{
    [GeneratedRegex("""(?:\b(?:src|href)\s*=\s*["']?|url\(\s*["']?|@import\s+["'])(?:https?:)?//[^"')\s>]*""", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex("(<script\\b[^>]*>).*?</script>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptBody();

    /// <summary>Every network reference in <paramref name="html"/>.</summary>
    public static IReadOnlyList<string> In(string html) =>
        Pattern().Matches(ScriptBody().Replace(html, "$1</script>")).Select(m => m.Value).ToList();
}
