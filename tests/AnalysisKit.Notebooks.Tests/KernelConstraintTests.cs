using System.Reflection;
using System.Runtime.Loader;
using AnalysisKit.Notebooks.Tests.Hosting;

namespace AnalysisKit.Notebooks.Tests;

/// <summary>
/// The headless host reproduces the kernel's constraint: FSharp.Core 10.0 in the default load
/// context, so Plotly.NET (which needs 10.1) cannot be called directly, while the kit's
/// isolated chart path works.
/// </summary>
public class KernelConstraintTests
{
    private static readonly NotebookHost Host = new() { BuildConfiguration = Repository.Configuration };

    [Test]
    public void DefaultContextHoldsTheKernelsFSharpCore10_0()
    {
        _ = KernelAssemblies.FSharpCore;
        var loaded = AssemblyLoadContext.Default.Assemblies.Where(a => a.GetName().Name == "FSharp.Core").ToList();

        Assert.That(loaded, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(loaded[0].GetName().Version, Is.EqualTo(new Version(10, 0, 0, 0)));
            Assert.That(loaded[0].GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion, Does.StartWith("10.0."));
        });
    }

    [Test]
    public async Task CallingPlotlyNetDirectlyFailsToLoadFSharpCore10_1()
    {
        var failure = await Assert.ThrowsAsync<NotebookCellException>(() =>
            Host.RunAsync(Repository.Of("tests/AnalysisKit.Notebooks.Tests/Samples/DirectPlotly.ipynb")));

        Assert.That(failure!.CellNumber, Is.EqualTo(3));
        var loadFailure = Chain(failure).OfType<IOException>().FirstOrDefault(e => e is FileNotFoundException or FileLoadException);
        Assert.That(loadFailure, Is.Not.Null, failure.ToString());
        Assert.That(loadFailure!.Message, Does.Contain("FSharp.Core, Version=10.1.0.0"));
    }

    [Test]
    public async Task IsolatedChartsLoadTheirOwnFSharpCore10_1()
    {
        var outputs = await Host.RunAsync(Repository.Of("tests/AnalysisKit.Notebooks.Tests/Samples/TableAndChart.ipynb"));
        Assert.That(outputs.Last().Content, Does.Contain("window.Plotly.newPlot("));

        var chartsContext = AssemblyLoadContext.All.Single(c => c.Name is not null && c.Name.StartsWith("AnalysisKit.Charts (", StringComparison.Ordinal));
        var fsharpCore = chartsContext.Assemblies.Single(a => a.GetName().Name == "FSharp.Core");
        Assert.Multiple(() =>
        {
            Assert.That(fsharpCore.GetName().Version, Is.EqualTo(new Version(10, 1, 0, 0)));
            Assert.That(KernelAssemblies.FSharpCore.GetName().Version, Is.EqualTo(new Version(10, 0, 0, 0)), "the default context keeps 10.0");
        });
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        var stack = new Stack<Exception>([e]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            if (current is AggregateException aggregate) foreach (var inner in aggregate.InnerExceptions) stack.Push(inner);
            else if (current.InnerException is not null) stack.Push(current.InnerException);
        }
    }
}
