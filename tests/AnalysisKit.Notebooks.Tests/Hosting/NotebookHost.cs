using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace AnalysisKit.Notebooks.Tests.Hosting;

/// <summary>
/// Runs a C# notebook headless, cell by cell, the way the .NET Interactive kernel does, and
/// fails on the first cell that does not compile or throws, naming the notebook and the cell.
/// </summary>
/// <remarks>
/// <para>Code cells are C# script submissions (Roslyn scripting, each continuing the previous
/// state, so variables carry over). Markdown and raw cells are skipped. In a code cell:</para>
/// <list type="bullet">
/// <item><c>#!csharp</c> / <c>#!c#</c> and the harmless magic commands <c>#!time</c>,
/// <c>#!about</c>, <c>#!lsmagic</c>, <c>#!who</c>, <c>#!whos</c> are ignored; a <c>#!markdown</c>
/// cell is skipped; any other <c>#!</c> command, or a cell for another kernel, fails the run;</item>
/// <item><c>#r "path"</c> loads the DLL into the default load context (<see cref="KernelAssemblies"/>),
/// the path relative to the notebook's folder (the kernel's working directory). When
/// <see cref="BuildConfiguration"/> is set, a <c>/bin/Debug/</c> segment in the path is read as
/// <c>/bin/&lt;BuildConfiguration&gt;/</c>, so the tests run the notebooks against the build
/// they were built with; <c>#r "nuget:..."</c> fails the run (notebooks use only the local build);</item>
/// <item><c>display(value)</c> is a global function, and a cell ending in an expression shows
/// its value; both are formatted by <see cref="ConventionFormatter"/>.</item>
/// </list>
/// <para>Default imports: System, System.Collections.Generic, System.Linq, System.Text,
/// System.Threading.Tasks; the .NET shared framework is referenced.</para>
/// </remarks>
public sealed partial class NotebookHost
{
    private static readonly string[] IgnoredMagics = ["#!csharp", "#!c#", "#!time", "#!about", "#!lsmagic", "#!who", "#!whos"];
    private static readonly Lazy<MetadataReference[]> FrameworkReferences = new(ReadFrameworkReferences);

    /// <summary>The build configuration that <c>/bin/Debug/</c> in a <c>#r</c> path is read as; <see langword="null"/> keeps paths as written.</summary>
    public string? BuildConfiguration { get; init; }

    /// <summary>
    /// Runs every code cell of the notebook at <paramref name="path"/> in order and returns what
    /// the notebook showed. Throws <see cref="NotebookCellException"/> for the first cell that fails.
    /// </summary>
    public async Task<IReadOnlyList<DisplayedValue>> RunAsync(string path)
    {
        _ = KernelAssemblies.FSharpCore; // the kernel's FSharp.Core is loaded before any notebook code
        var notebook = Notebook.Read(path);
        var folder = Path.GetDirectoryName(notebook.Path)!;
        var globals = new NotebookGlobals();
        var loader = new InteractiveAssemblyLoader();
        var options = ScriptOptions.Default
            .WithReferences(FrameworkReferences.Value)
            .WithImports("System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks")
            .WithFilePath(notebook.Path);
        ScriptState<object>? state = null;

        foreach (var cell in notebook.Cells)
        {
            if (cell.CellType != "code" || cell.Language == "markdown") continue;
            if (cell.Language is not ("csharp" or "C#" or "c#"))
                throw new NotebookCellException(notebook.Name, cell.Number, $"is a '{cell.Language}' cell; the kit's notebooks use only C#.");

            var (code, references, skip) = Preprocess(notebook, cell, folder);
            if (skip) continue;
            foreach (var reference in references)
            {
                Assembly assembly;
                try
                {
                    assembly = KernelAssemblies.Load(reference);
                }
                catch (Exception e) when (e is IOException or BadImageFormatException)
                {
                    throw new NotebookCellException(notebook.Name, cell.Number, $"#r \"{reference}\" could not be loaded: {e.Message}", e);
                }
                loader.RegisterDependency(assembly);
                options = options.AddReferences(assembly);
            }

            globals.CurrentCell = cell.Number;
            try
            {
                state = state is null
                    ? await CSharpScript.Create(code, options, typeof(NotebookGlobals), loader).RunAsync(globals)
                    : await state.ContinueWithAsync(code, options);
            }
            catch (CompilationErrorException e)
            {
                var errors = string.Join(Environment.NewLine, e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
                throw new NotebookCellException(notebook.Name, cell.Number, "does not compile:" + Environment.NewLine + errors, e);
            }
            catch (Exception e)
            {
                throw new NotebookCellException(notebook.Name, cell.Number, $"threw {e.GetType().Name}: {e.Message}", e);
            }
            if (state.ReturnValue is not null) globals.display(state.ReturnValue);
        }
        return globals.Outputs;
    }

    // The cell's code with directive lines blanked (line numbers stay those of the cell), the #r
    // paths it names, and whether the whole cell is to be skipped (a #!markdown cell).
    private (string Code, List<string> References, bool Skip) Preprocess(Notebook notebook, NotebookCell cell, string folder)
    {
        var lines = cell.Source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var references = new List<string>();
        var code = new StringBuilder();
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("#!", StringComparison.Ordinal))
            {
                var command = trimmed.Split(' ', 2)[0];
                if (command == "#!markdown") return ("", references, true);
                if (!IgnoredMagics.Contains(command, StringComparer.Ordinal))
                    throw new NotebookCellException(notebook.Name, cell.Number, $"uses the magic command {command}, which the kit's notebooks do not use.");
                code.Append('\n');
                continue;
            }
            var reference = ReferenceDirective().Match(trimmed);
            if (reference.Success)
            {
                var target = reference.Groups["path"].Value;
                if (target.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
                    throw new NotebookCellException(notebook.Name, cell.Number, $"references a NuGet package (#r \"{target}\"); notebooks load only the kit built in the repository.");
                var path = Path.GetFullPath(Path.Combine(folder, MapConfiguration(target)));
                if (!File.Exists(path))
                    throw new NotebookCellException(notebook.Name, cell.Number, $"#r \"{target}\": {path} does not exist; build the repository first (dotnet build).");
                references.Add(path);
                code.Append('\n');
                continue;
            }
            if (trimmed.StartsWith("#load", StringComparison.Ordinal) || trimmed.StartsWith("#i ", StringComparison.Ordinal))
                throw new NotebookCellException(notebook.Name, cell.Number, $"uses '{trimmed}', which the kit's notebooks do not use.");
            code.Append(line).Append('\n');
        }
        return (code.ToString(), references, false);
    }

    private string MapConfiguration(string path)
    {
        if (BuildConfiguration is null || BuildConfiguration == "Debug") return path;
        return path.Replace("/bin/Debug/", "/bin/" + BuildConfiguration + "/", StringComparison.Ordinal)
                   .Replace("\\bin\\Debug\\", "\\bin\\" + BuildConfiguration + "\\", StringComparison.Ordinal);
    }

    [GeneratedRegex("^#r\\s+\"(?<path>[^\"]+)\"\\s*$")]
    private static partial Regex ReferenceDirective();

    // Every managed assembly of the shared framework this process runs on.
    private static MetadataReference[] ReadFrameworkReferences()
    {
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkFolder, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    }
}
