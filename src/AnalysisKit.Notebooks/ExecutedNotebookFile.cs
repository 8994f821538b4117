using System.Text;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Writes an executed notebook as <c>.ipynb</c>: the notebook's JSON and metadata as they were
/// read, with each code cell's <c>outputs</c> and <c>execution_count</c> filled from the run
/// (cells not run keep no outputs and a null count), in Jupyter's layout.
/// </summary>
public static class ExecutedNotebookFile
{
    /// <summary>The executed notebook's JSON text (UTF-8 without BOM when written).</summary>
    public static string ToJson(ExecutedNotebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var document = notebook.Document.DeepClone().AsObject();
        if (document["cells"] is not JsonArray cells || cells.Count != notebook.Cells.Count)
            throw new ArgumentException($"The executed notebook {notebook.Path} does not match the notebook it was read from.", nameof(notebook));
        foreach (var cell in notebook.Cells.Where(c => c.Kind == NotebookCellKind.Code))
        {
            var json = cells[cell.Number - 1]!.AsObject();
            json["execution_count"] = cell.ExecutionCount;
            json["outputs"] = new JsonArray(cell.Outputs
                .Select(o => (JsonNode?)NbformatOutput.From(o, cell.ExecutionCount ?? 0))
                .ToArray());
        }
        return JupyterJson.Serialize(document);
    }

    /// <summary>Writes the executed notebook to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(ExecutedNotebook notebook, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllText(path, ToJson(notebook), new UTF8Encoding(false));
    }
}
