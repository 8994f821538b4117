using System.Reflection;
using System.Runtime.Loader;

namespace AnalysisKit.Charts;

/// <summary>
/// The load context of the chart library: every assembly that exists as a file in the chart
/// folder (AnalysisKit.Charts, Plotly.NET, FSharp.Core, Newtonsoft.Json, ...) is loaded from
/// there, whatever version of it the host process already has; anything else (the .NET runtime
/// libraries) comes from the default context.
/// </summary>
internal sealed class ChartsLoadContext : AssemblyLoadContext
{
    private readonly string _folder;

    public ChartsLoadContext(string folder) : base("AnalysisKit.Charts (" + folder + ")", isCollectible: false)
    {
        _folder = folder;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is null) return null;
        var path = Path.Combine(_folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
