using AnalysisKit.Tests.Support;

namespace AnalysisKit.Tests.Interactive;

/// <summary>
/// The F#-compiled assemblies a notebook loads (Plotly.NET, Deedle and what they bring) were
/// built against FSharp.Core 10.1, and in the kernel their FSharp.Core requests are answered
/// with the kernel's own FSharp.Core 10.0. That is safe only if every FSharp.Core type and member
/// they reference exists in the kernel's copy, with the same signature; these tests read both
/// from metadata and compare.
/// </summary>
public class FSharpCoreCompatibilityTests
{
    /// <summary>The notebooks' load folder: the output of src/AnalysisKit.Interactive, the same for every configuration.</summary>
    private static readonly string LoadFolder = RepositoryPaths.Of("src/AnalysisKit.Interactive/bin");

    private static List<FSharpCoreUse> NotebookAssemblies() =>
        Directory.GetFiles(LoadFolder, "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(FSharpCoreUse.Read)
            .OfType<FSharpCoreUse>()
            .Where(use => use.ReferencedVersion is not null)
            .ToList();

    private static string KernelFSharpCore => KernelTool.Require("FSharp.Core.dll");

    [Test]
    public void KernelsFSharpCoreHasEverythingTheNotebookAssembliesUse()
    {
        var kernel = FSharpCoreSurface.Read(KernelFSharpCore);
        var missing = NotebookAssemblies()
            .Select(use => (use, Missing: kernel.Missing(use)))
            .Where(x => x.Missing.Count > 0)
            .Select(x => $"{x.use.Assembly} (built against FSharp.Core {x.use.ReferencedVersion}), {x.Missing.Count} missing:\n    " + string.Join("\n    ", x.Missing))
            .ToList();
        Assert.That(missing, Is.Empty, $"FSharp.Core uses that the FSharp.Core {kernel.Version} of the kernel {KernelTool.Version} lacks");
    }

    [Test]
    public void EveryFSharpCompiledAssemblyOfTheLoadFolderIsChecked()
    {
        var checkedAssemblies = NotebookAssemblies().Select(use => use.Assembly).ToList();
        Assert.That(checkedAssemblies, Is.SupersetOf(new[] { "Plotly.NET", "Plotly.NET.CSharp", "Deedle", "DynamicObj", "Giraffe.ViewEngine", "Fable.Core" }));
        Assert.That(checkedAssemblies, Does.Not.Contain("FSharp.Core"));
    }

    // F# source of FSharp.Core: LanguagePrimitives.HashCompare.GenericEqualityIntrinsic : 'T -> 'T -> bool
    // (a nested type's generic method), and FSharpFunc<'T, 'U>.Invoke : 'T -> 'U (an instance
    // method called on instantiations such as FSharpFunc<string, Unit>).
    [Test]
    public void ReadsTheFSharpCoreUsesOfPlotly()
    {
        var plotly = NotebookAssemblies().Single(use => use.Assembly == "Plotly.NET");
        Assert.That(plotly.Types, Is.SupersetOf(new[] { "Microsoft.FSharp.Core.FSharpFunc`2", "Microsoft.FSharp.Core.LanguagePrimitives/HashCompare" }));
        Assert.That(plotly.Members, Is.SupersetOf(new[]
        {
            new FSharpCoreMember("Microsoft.FSharp.Core.LanguagePrimitives/HashCompare", "GenericEqualityIntrinsic", 1, "System.Boolean(!!0,!!0)"),
            new FSharpCoreMember("Microsoft.FSharp.Core.FSharpFunc`2", "Invoke", 0, "instance !1(!0)"),
        }));
    }

    [Test]
    public void MemberOnlyFSharpCore10Point1HasIsReportedMissingFromTheKernels()
    {
        var path = Path.Combine(Path.GetTempPath(), $"partition-with-{Guid.NewGuid():N}.dll");
        try
        {
            PartitionWithCaller.Write(path);
            var use = FSharpCoreUse.Read(path)!;
            var loadFolderFSharpCore = FSharpCoreSurface.Read(Path.Combine(LoadFolder, "FSharp.Core.dll"));

            Assert.That(use.Types, Is.EquivalentTo(new[] { "Microsoft.FSharp.Collections.ArrayModule", "Microsoft.FSharp.Core.FSharpChoice`2", "Microsoft.FSharp.Core.FSharpFunc`2" }));
            Assert.That(use.Members, Is.EquivalentTo(new[] { PartitionWithCaller.Member }));
            Assert.That(loadFolderFSharpCore.Version, Is.GreaterThanOrEqualTo(new Version(10, 1)));
            Assert.That(loadFolderFSharpCore.Missing(use), Is.Empty);
            Assert.That(FSharpCoreSurface.Read(KernelFSharpCore).Missing(use), Is.EqualTo(new[] { "member " + PartitionWithCaller.Member }));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
