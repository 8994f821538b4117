using System.Collections;
using System.Reflection;
using AnalysisKit.Charts;
using AnalysisKit.Display;

namespace AnalysisKit.Tests.Display;

/// <summary>
/// The notebook kernel finds formatters by convention, through reflection and names only;
/// these tests walk the same path.
/// </summary>
public class HtmlDisplayFormatterTests
{
    [TestCase(typeof(DisplayTable))]
    public void DisplayableTypesNameTheFormatterSourceByConvention(Type type)
    {
        var attribute = type.GetCustomAttributes(inherit: true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute);
        Assert.That(sourceType, Is.EqualTo(typeof(HtmlDisplayFormatterSource)));
    }

    [Test]
    public void SourceGivesHtmlThenPlainTextFormattersWithTheConventionsMembers()
    {
        var source = Activator.CreateInstance(typeof(HtmlDisplayFormatterSource))!;
        var formatters = ((IEnumerable)typeof(HtmlDisplayFormatterSource).GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>().ToList();
        var table = new DisplayTable("T", "a").AddRow(1);

        Assert.That(formatters.Select(f => f.GetType().GetProperty("MimeType")!.GetValue(f)), Is.EqualTo(new[] { "text/html", "text/plain" }));
        var written = formatters.Select(f =>
        {
            var writer = new StringWriter();
            var handled = f.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!.Invoke(f, [table, writer]);
            return (handled, writer.ToString());
        }).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(written[0], Is.EqualTo(((object?)true, table.ToHtml())));
            Assert.That(written[1], Is.EqualTo(((object?)true, table.ToString())));
            Assert.That(formatters[0].GetType().GetProperty("Type")!.GetValue(formatters[0]), Is.EqualTo(typeof(IHtmlDisplay)));
        });
    }

    [Test]
    public void ValuesThatCannotShowThemselvesAreNotHandled()
    {
        var writer = new StringWriter();
        Assert.That(new HtmlDisplayFormatter(HtmlDisplayFormatter.Html).Format("plain string", writer), Is.False);
        Assert.That(writer.ToString(), Is.Empty);
    }

    [Test]
    public void OnlyHtmlAndPlainTextAreOffered() =>
        Assert.Throws<ArgumentException>(() => _ = new HtmlDisplayFormatter("image/png"));

    [Test]
    public void AttributeExposesPreferredMimeTypes()
    {
        var attribute = new TypeFormatterSourceAttribute(typeof(HtmlDisplayFormatterSource)) { PreferredMimeTypes = ["text/plain"] };
        Assert.That(attribute.GetType().GetProperty("PreferredMimeTypes", BindingFlags.Public | BindingFlags.Instance)!.GetValue(attribute), Is.EqualTo(new[] { "text/plain" }));
    }
}
