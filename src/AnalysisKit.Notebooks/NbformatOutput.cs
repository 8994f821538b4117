using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AnalysisKit.Notebooks;

/// <summary>A <see cref="CellOutput"/> as an nbformat 4 output object.</summary>
internal static partial class NbformatOutput
{
    /// <summary>
    /// <c>display_data</c> (with <c>data</c> and empty <c>metadata</c>), <c>execute_result</c> (also
    /// with <paramref name="executionCount"/>), <c>stream</c> (<c>stdout</c>/<c>stderr</c>), or
    /// <c>error</c> (<c>ename</c>, <c>evalue</c>, <c>traceback</c>).
    /// </summary>
    public static JsonObject From(CellOutput output, int executionCount) => output.Kind switch
    {
        CellOutputKind.Display => new JsonObject
        {
            ["data"] = Data(output),
            ["metadata"] = new JsonObject(),
            ["output_type"] = "display_data",
        },
        CellOutputKind.Result => new JsonObject
        {
            ["data"] = Data(output),
            ["execution_count"] = executionCount,
            ["metadata"] = new JsonObject(),
            ["output_type"] = "execute_result",
        },
        CellOutputKind.StandardOutput or CellOutputKind.StandardError => new JsonObject
        {
            ["name"] = output.Kind == CellOutputKind.StandardOutput ? "stdout" : "stderr",
            ["output_type"] = "stream",
            ["text"] = JupyterJson.Lines(output.Text),
        },
        CellOutputKind.Error => Error(output.Text),
        _ => throw new ArgumentException($"Unknown output kind {output.Kind}.", nameof(output)),
    };

    /// <summary>
    /// The error of a kernel message. A message starting with an exception type
    /// (<c>System.Exception: boom</c>) gives that type as <c>ename</c> and the rest of its first line
    /// as <c>evalue</c>; any other message (a compiler error) gives <c>ename</c> "Error" and its
    /// first line. The traceback is the message's lines.
    /// </summary>
    private static JsonObject Error(string message)
    {
        var first = message.Split('\n')[0];
        var typed = ExceptionLine().Match(first);
        return new JsonObject
        {
            ["ename"] = typed.Success ? typed.Groups["type"].Value : "Error",
            ["evalue"] = typed.Success ? typed.Groups["value"].Value : first,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray(message.Split('\n').Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
        };
    }

    private static JsonObject Data(CellOutput output)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in output.Data)
            data[mime] = mime.EndsWith("json", StringComparison.Ordinal) ? JsonOrText(value) : JupyterJson.Lines(value);
        return data;
    }

    private static JsonNode JsonOrText(string value)
    {
        try
        {
            return JsonNode.Parse(value) ?? JsonValue.Create(value);
        }
        catch (JsonException)
        {
            return JsonValue.Create(value);
        }
    }

    [GeneratedRegex(@"^(?<type>[A-Za-z_][\w.`+]*(Exception|Error)): ?(?<value>.*)$")]
    private static partial Regex ExceptionLine();
}
