namespace AnalysisKit.Notebooks.Tests;

/// <summary>A temporary folder for written pages and notebooks, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>The folder's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("analysis-kit-notebooks-").FullName;

    /// <summary>A file path inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
