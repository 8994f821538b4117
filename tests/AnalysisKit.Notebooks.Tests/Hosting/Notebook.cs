using System.Text.Json;

namespace AnalysisKit.Notebooks.Tests.Hosting;

/// <summary>One cell of a notebook file.</summary>
/// <param name="Number">The cell's position in the notebook, counting every cell from 1.</param>
/// <param name="CellType">"code", "markdown" or "raw", as the file says.</param>
/// <param name="Language">The kernel the cell is meant for ("csharp", "fsharp", ...); for markdown cells "markdown".</param>
/// <param name="Source">The cell's text.</param>
/// <param name="OutputCount">How many outputs are stored with the cell.</param>
/// <param name="ExecutionCount">The stored execution count, or <see langword="null"/>.</param>
public sealed record NotebookCell(int Number, string CellType, string Language, string Source, int OutputCount, int? ExecutionCount);

/// <summary>
/// A Jupyter notebook file (<c>.ipynb</c>, nbformat 4) as VS Code Polyglot Notebooks and Jupyter
/// with the .NET Interactive kernel write it. A cell's kernel is read from its metadata
/// (<c>polyglot_notebook.kernelName</c> or <c>dotnet_interactive.language</c>), else from the
/// notebook's default kernel (<c>metadata.polyglot_notebook.kernelInfo.defaultKernelName</c>),
/// else C#.
/// </summary>
public sealed class Notebook
{
    private Notebook(string path, IReadOnlyList<NotebookCell> cells)
    {
        Path = path;
        Cells = cells;
    }

    /// <summary>The notebook file's full path.</summary>
    public string Path { get; }

    /// <summary>The file name, for messages.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>All cells in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>Reads the notebook at <paramref name="path"/>.</summary>
    public static Notebook Read(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        using var document = JsonDocument.Parse(File.ReadAllText(fullPath));
        var root = document.RootElement;
        var defaultKernel = root.TryGetProperty("metadata", out var metadata)
            && metadata.TryGetProperty("polyglot_notebook", out var polyglot)
            && polyglot.TryGetProperty("kernelInfo", out var kernelInfo)
            && kernelInfo.TryGetProperty("defaultKernelName", out var name)
            && name.ValueKind == JsonValueKind.String
                ? name.GetString()!
                : "csharp";

        var cells = new List<NotebookCell>();
        if (!root.TryGetProperty("cells", out var cellArray) || cellArray.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{fullPath} has no \"cells\" array; it is not an nbformat 4 notebook.");
        foreach (var cell in cellArray.EnumerateArray())
        {
            var cellType = cell.GetProperty("cell_type").GetString() ?? "";
            var language = cellType == "markdown" ? "markdown" : CellKernel(cell) ?? defaultKernel;
            var outputs = cell.TryGetProperty("outputs", out var o) && o.ValueKind == JsonValueKind.Array ? o.GetArrayLength() : 0;
            int? executionCount = cell.TryGetProperty("execution_count", out var e) && e.ValueKind == JsonValueKind.Number ? e.GetInt32() : null;
            cells.Add(new NotebookCell(cells.Count + 1, cellType, language, Source(cell), outputs, executionCount));
        }
        return new Notebook(fullPath, cells);
    }

    private static string? CellKernel(JsonElement cell)
    {
        if (!cell.TryGetProperty("metadata", out var metadata)) return null;
        if (metadata.TryGetProperty("polyglot_notebook", out var p) && p.TryGetProperty("kernelName", out var k) && k.ValueKind == JsonValueKind.String)
            return k.GetString();
        if (metadata.TryGetProperty("dotnet_interactive", out var d) && d.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String)
            return l.GetString();
        return null;
    }

    // nbformat stores a cell's source as one string or as a list of lines (each with its "\n").
    private static string Source(JsonElement cell)
    {
        if (!cell.TryGetProperty("source", out var source)) return "";
        return source.ValueKind == JsonValueKind.Array
            ? string.Concat(source.EnumerateArray().Select(line => line.GetString()))
            : source.GetString() ?? "";
    }
}
