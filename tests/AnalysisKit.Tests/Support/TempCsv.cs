namespace AnalysisKit.Tests.Support;

/// <summary>A CSV file written to a fresh temporary folder for one test, deleted on dispose.</summary>
internal sealed class TempCsv : IDisposable
{
    private readonly string _folder;

    public TempCsv(string content, string name = "input.csv")
    {
        _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "analysis-kit-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, name);
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
