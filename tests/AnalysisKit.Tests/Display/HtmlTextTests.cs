using AnalysisKit.Display;

namespace AnalysisKit.Tests.Display;

public class HtmlTextTests
{
    [TestCase("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [TestCase("say \"hi\" it's", "say &quot;hi&quot; it&#39;s")]
    [TestCase("95% CI 1.2–3.4, p ≤ 0.05", "95% CI 1.2–3.4, p ≤ 0.05")]
    [TestCase("&amp;", "&amp;amp;")]
    [TestCase("", "")]
    public void EscapesTheFiveHtmlCharactersOnly(string text, string expected) =>
        Assert.That(HtmlText.Escape(text), Is.EqualTo(expected));

    [Test]
    public void NullIsEmpty() => Assert.That(HtmlText.Escape(null), Is.EqualTo(""));
}
