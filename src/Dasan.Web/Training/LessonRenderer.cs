using Markdig;

namespace Dasan.Web.Training;

/// <summary>Renders a shipped lesson's Markdown to HTML; raw HTML in the Markdown is escaped, not passed through.</summary>
public static class LessonRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().UseCjkFriendlyEmphasis().DisableHtml().Build();

    /// <summary>HTML with headings shifted one level down, so the page's h1 stays the only h1.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(ShiftHeadings(markdown), Pipeline);

    private static string ShiftHeadings(string markdown) =>
        string.Join('\n', markdown.Split('\n').Select(l => l.StartsWith('#') ? "#" + l : l));
}
