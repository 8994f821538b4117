using System.Reflection;
using System.Runtime.Loader;

namespace AnalysisKit.Interactive;

/// <summary>
/// Makes the FSharp.Core already loaded in the process (the notebook kernel's, 10.0) answer
/// requests for any other FSharp.Core version (Plotly.NET's and Deedle's, 10.1), through a
/// <see cref="AssemblyLoadContext.Resolving"/> handler on <see cref="AssemblyLoadContext.Default"/>.
/// The default context raises that event only when it cannot bind a request itself, so a process
/// that already has the requested version is unaffected.
/// </summary>
public static class FSharpCoreUnification
{
    private static int _registered;

    /// <summary>
    /// The FSharp.Core loaded in the default context, or <see langword="null"/> when none is
    /// (then there is nothing to unify, and requests are left to the runtime).
    /// </summary>
    public static Assembly? Loaded =>
        AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => a.GetName().Name == "FSharp.Core");

    /// <summary>Registers the handler once per process; later calls do nothing.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        AssemblyLoadContext.Default.Resolving += Resolve;
    }

    /// <summary>The loaded FSharp.Core for a request of FSharp.Core, <see langword="null"/> for anything else.</summary>
    public static Assembly? Resolve(AssemblyLoadContext context, AssemblyName request) =>
        request.Name == "FSharp.Core" ? Loaded : null;
}
