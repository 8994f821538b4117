using System.Reflection;
using System.Runtime.Loader;

namespace AnalysisKit.Notebooks.Tests.Hosting;

/// <summary>
/// The assemblies of the emulated kernel process. As in the .NET Interactive kernel, the
/// kernel's own FSharp.Core (10.0 here, the test project's package) is in the default load
/// context before any notebook code runs, and it is the only FSharp.Core notebook code can
/// get: a library that needs FSharp.Core 10.1 (Plotly.NET, Deedle) fails to load it with
/// <see cref="FileNotFoundException"/>, as it does in the kernel.
/// </summary>
/// <remarks>
/// Assemblies named by <c>#r "path"</c> are loaded into one "kernel" load context that stands
/// for the kernel's default context: it answers FSharp.Core with the default context's copy
/// (or fails when a higher version is asked for), other names with the <c>#r</c> assemblies and
/// the files beside them, and leaves the .NET libraries to the default context. A separate
/// context is needed because the test host's own resolve handlers in the default context would
/// answer a request for FSharp.Core 10.1 with the 10.0 already loaded, which the kernel does not.
/// </remarks>
public static class KernelAssemblies
{
    private static readonly KernelContext Kernel = new();

    /// <summary>The kernel's FSharp.Core, in the default context, loaded by the first use of this class.</summary>
    public static Assembly FSharpCore { get; } = typeof(Microsoft.FSharp.Core.Unit).Assembly;

    /// <summary>
    /// The assembly at <paramref name="path"/>, loaded into the kernel context (or the one already
    /// loaded there from the same file). Throws <see cref="FileLoadException"/> when the kernel
    /// already holds a different assembly of the same name.
    /// </summary>
    public static Assembly Load(string path) => Kernel.LoadReference(Path.GetFullPath(path));

    private sealed class KernelContext() : AssemblyLoadContext("Notebook kernel")
    {
        private readonly object _gate = new();
        private readonly List<string> _folders = [];

        public Assembly LoadReference(string path)
        {
            lock (_gate)
            {
                var name = AssemblyName.GetAssemblyName(path);
                if (name.Name == FSharpCore.GetName().Name)
                    throw new FileLoadException($"The kernel has its own {FSharpCore.GetName().FullName}; {path} cannot be loaded beside it.", path);
                var loaded = Assemblies.FirstOrDefault(a => a.GetName().Name == name.Name);
                if (loaded is not null)
                {
                    if (string.Equals(loaded.Location, path, StringComparison.Ordinal)) return loaded;
                    throw new FileLoadException($"The kernel already has {loaded.GetName()} loaded from {loaded.Location}; {path} cannot be loaded beside it.", path);
                }
                var folder = Path.GetDirectoryName(path)!;
                if (!_folders.Contains(folder, StringComparer.Ordinal)) _folders.Add(folder);
                return LoadFromAssemblyPath(path);
            }
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is null) return null;
            if (assemblyName.Name == FSharpCore.GetName().Name)
            {
                var kernelVersion = FSharpCore.GetName().Version;
                if (assemblyName.Version is not null && kernelVersion < assemblyName.Version)
                    throw new FileNotFoundException(
                        $"Could not load file or assembly '{assemblyName.FullName}'. The kernel has {FSharpCore.GetName().FullName} loaded.",
                        assemblyName.FullName);
                return FSharpCore;
            }
            string[] folders;
            lock (_gate) folders = [.. _folders];
            foreach (var folder in folders)
            {
                var candidate = Path.Combine(folder, assemblyName.Name + ".dll");
                if (File.Exists(candidate)) return LoadFromAssemblyPath(candidate);
            }
            return null; // the .NET libraries, from the default context
        }
    }
}
