namespace AnalysisKit.Interactive;

/// <summary>
/// Names the libraries a notebook can use directly once it has loaded this assembly. The kernel
/// compiles a cell against the assemblies that the loaded ones reference; a library the kit's
/// code does not call (Plotly.NET.CSharp, the C# face of Plotly.NET, and the kit's Deedle frames,
/// AnalysisKit.Frames) is referenced here so that
/// the kernel finds it beside this assembly.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class NotebookLibrariesAttribute(params Type[] libraries) : Attribute
{
    /// <summary>One public type of each library.</summary>
    public IReadOnlyList<Type> Libraries { get; } = libraries;
}
