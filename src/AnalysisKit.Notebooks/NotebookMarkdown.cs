using Markdig;

namespace AnalysisKit.Notebooks;

/// <summary>
/// Markdown cells and <c>text/markdown</c> outputs as HTML (Markdig, CommonMark with pipe tables,
/// emphasis extras, task lists and bare links). Extensions that embed media from other sites are
/// left out, so a page stays self-contained.
/// </summary>
internal static class NotebookMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .Build();

    /// <summary>The HTML of <paramref name="markdown"/>, with <c>\n</c> newlines.</summary>
    public static string ToHtml(string markdown) => LineEndings.Normalize(Markdown.ToHtml(markdown, Pipeline));
}
