using System.Text.Json;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>A notebook of C# code cells written to a temporary folder, deleted on dispose.</summary>
internal sealed class TempNotebook : IDisposable
{
    private readonly string _folder;

    private TempNotebook(string folder, string path)
    {
        _folder = folder;
        Path = path;
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public static TempNotebook With(params string[] codeCells)
    {
        var folder = Directory.CreateTempSubdirectory("analysiskit-notebook-").FullName;
        var path = System.IO.Path.Combine(folder, "Temp.ipynb");
        var cells = codeCells.Select(source => new Dictionary<string, object?>
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new Dictionary<string, object>(),
            ["outputs"] = Array.Empty<object>(),
            ["source"] = source,
        });
        File.WriteAllText(path, JsonSerializer.Serialize(new { cells, metadata = new { }, nbformat = 4, nbformat_minor = 2 }));
        return new TempNotebook(folder, path);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
