using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>An <c>.ipynb</c> file read as JSON, and its cells as the runner sees them.</summary>
internal sealed class NotebookDocument
{
    private const string DefaultKernelName = "csharp";

    private NotebookDocument(JsonObject root, IReadOnlyList<ExecutedCell> cells)
    {
        Root = root;
        Cells = cells;
    }

    /// <summary>The notebook's JSON as read.</summary>
    public JsonObject Root { get; }

    /// <summary>Every cell, not yet run.</summary>
    public IReadOnlyList<ExecutedCell> Cells { get; }

    /// <summary>Reads the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not an nbformat 4 notebook.</exception>
    public static NotebookDocument Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"There is no notebook at {path} (full path {System.IO.Path.GetFullPath(path)}).", path);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new InvalidDataException($"{path} is not a notebook: its JSON is not an object.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a notebook: {e.Message}", e);
        }
        if (root["cells"] is not JsonArray cells)
            throw new InvalidDataException($"{path} is not a notebook: it has no \"cells\" array.");

        var defaultKernel = Text(root["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]) ?? DefaultKernelName;
        var read = new List<ExecutedCell>(cells.Count);
        var codeNumber = 0;
        foreach (var (node, index) in cells.Select((c, i) => (c, i)))
        {
            if (node is not JsonObject cell)
                throw new InvalidDataException($"{path}: cell {index + 1} is not a JSON object.");
            var kind = Text(cell["cell_type"]) switch
            {
                "code" => NotebookCellKind.Code,
                "markdown" => NotebookCellKind.Markdown,
                "raw" => NotebookCellKind.Raw,
                var other => throw new InvalidDataException($"{path}: cell {index + 1} has an unknown cell_type '{other}'."),
            };
            var metadata = cell["metadata"];
            var kernel = Text(metadata?["polyglot_notebook"]?["kernelName"]) ?? Text(metadata?["dotnet_interactive"]?["language"]) ?? defaultKernel;
            read.Add(new ExecutedCell
            {
                Number = index + 1,
                CodeNumber = kind == NotebookCellKind.Code ? ++codeNumber : null,
                Kind = kind,
                KernelName = kernel,
                Source = LineEndings.Normalize(SourceOf(cell["source"])),
            });
        }
        return new NotebookDocument(root, read);
    }

    private static string SourceOf(JsonNode? source) => source switch
    {
        JsonArray lines => string.Concat(lines.Select(l => Text(l) ?? "")),
        _ => Text(source) ?? "",
    };

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
