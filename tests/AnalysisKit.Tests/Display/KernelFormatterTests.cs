using System.Security.Cryptography;
using AnalysisKit.Display;
using AnalysisKit.Tests.Display.Convention;
using AnalysisKit.Tests.Support;
using Microsoft.DotNet.Interactive.Formatting;
using KitFormatterSource = AnalysisKit.Display.TypeFormatterSourceAttribute;

namespace AnalysisKit.Tests.Display;

/// <summary>
/// The kit's results through the real formatter of the .NET Interactive kernel
/// (Microsoft.DotNet.Interactive.Formatting, the assembly the pinned kernel ships), which
/// finds the kit's formatter source by its attribute's name alone, as in a notebook.
/// </summary>
public class KernelFormatterTests
{
    private const string Html = "text/html";
    private const string PlainText = "text/plain";

    [SetUp]
    [TearDown]
    public void ResetKernelFormatter() => Formatter.ResetToDefault();

    /// <summary>Every concrete kit type that carries the kit's <see cref="KitFormatterSource"/>.</summary>
    private static IEnumerable<Type> DisplayableKitTypes() =>
        typeof(IHtmlDisplay).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.IsDefined(typeof(KitFormatterSource), inherit: true))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> Samples() =>
        DisplaySamples.All.Select(s => new TestCaseData(s).SetArgDisplayNames(s.GetType().Name));

    [Test]
    public void FormatterUnderTestIsTheKernelsOwn()
    {
        static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        var kernelCopy = KernelTool.Require("Microsoft.DotNet.Interactive.Formatting.dll");
        Assert.That(Hash(typeof(Formatter).Assembly.Location), Is.EqualTo(Hash(kernelCopy)),
            $"the Microsoft.DotNet.Interactive.Formatting package of Directory.Packages.props is not the one the kernel {KernelTool.Version} ships");
    }

    [Test]
    public void EveryDisplayableKitTypeHasASample()
    {
        var kitTypes = DisplayableKitTypes().ToList();
        var sampled = DisplaySamples.All.Select(s => s.GetType()).ToHashSet();
        Assert.That(kitTypes, Is.Not.Empty);
        Assert.That(kitTypes.Where(t => !sampled.Contains(t)).Select(t => t.FullName), Is.Empty,
            "displayable kit types without an instance in DisplaySamples.All");
        Assert.That(sampled, Is.EquivalentTo(kitTypes), "each sample is of a distinct displayable kit type");
    }

    [TestCaseSource(nameof(Samples))]
    public void HtmlIsTheResultsOwnHtml(IHtmlDisplay sample) =>
        Assert.That(sample.ToDisplayString(Html), Is.EqualTo(sample.ToHtml()));

    [TestCaseSource(nameof(Samples))]
    public void PlainTextIsTheResultsOwnText(IHtmlDisplay sample) =>
        Assert.That(sample.ToDisplayString(PlainText), Is.EqualTo(sample.ToString()));

    [TestCaseSource(nameof(Samples))]
    public void KernelPrefersHtmlAndUsesTheKitsFormatter(IHtmlDisplay sample)
    {
        var type = sample.GetType();
        Assert.That(Formatter.GetPreferredMimeTypesFor(type), Is.EqualTo(new[] { Html }));
        var formatter = Formatter.GetPreferredFormatterFor(type, Html);
        Assert.That((formatter.MimeType, formatter.Type), Is.EqualTo((Html, typeof(IHtmlDisplay))));
    }

    [Test]
    public void KernelRejectsAnEmptyPreferredMimeTypeList()
    {
        var sample = new EmptyMimeTypePreference();
        var error = Assert.Throws<ArgumentException>(() => sample.ToDisplayString(Html));
        Assert.That((error!.ParamName, error.Message),
            Is.EqualTo(("preferredMimeTypes", "Value cannot be null or whitespace. (Parameter 'preferredMimeTypes')")));
    }
}
