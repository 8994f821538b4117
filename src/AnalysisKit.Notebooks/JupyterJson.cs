using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// JSON the way Jupyter writes notebooks: indented by one space, <c>\n</c> newlines, characters
/// other than JSON's own kept as they are (no <c>\u003C</c> for <c>&lt;</c>), a final newline,
/// and multi-line text as an array of lines each ending with its <c>\n</c>.
/// </summary>
internal static class JupyterJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        IndentCharacter = ' ',
        IndentSize = 1,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document as Jupyter would write it.</summary>
    public static string Serialize(JsonNode document) => document.ToJsonString(Options) + "\n";

    /// <summary><paramref name="text"/> as nbformat's multi-line string: one array item per line.</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }
        return lines;
    }
}
