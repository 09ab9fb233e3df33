using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Dasan.Korean.Normalization;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Parses knowledge documents (Markdown with front matter, plain text, HTML, <c>pdftotext</c> output)
/// into a title, metadata and sections whose offsets point into <see cref="ParsedDocument.Text"/>.
/// </summary>
public static partial class DocumentParser
{
    private const int MaxTitleLength = 80;

    /// <summary>Parses <paramref name="content"/> in the given <paramref name="format"/>.</summary>
    public static ParsedDocument Parse(string content, DocumentFormat format) => format switch
    {
        DocumentFormat.Markdown => ParseMarkdown(content),
        DocumentFormat.Html => ParseHtml(content),
        DocumentFormat.PdfText => ParsePdfText(content),
        _ => ParsePlainText(content),
    };

    /// <summary>The format implied by a file name (.md, .html/.htm, .pdf.txt/.pdf, anything else plain text).</summary>
    public static DocumentFormat FormatOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.ToLowerInvariant();
        return name switch
        {
            _ when name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".markdown", StringComparison.Ordinal) => DocumentFormat.Markdown,
            _ when name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".htm", StringComparison.Ordinal) => DocumentFormat.Html,
            _ when name.EndsWith(".pdf", StringComparison.Ordinal) || name.EndsWith(".pdf.txt", StringComparison.Ordinal) => DocumentFormat.PdfText,
            _ => DocumentFormat.PlainText,
        };
    }

    /// <summary>Markdown: front matter, then a section per <c>#</c>–<c>###</c> heading outside code fences.</summary>
    public static ParsedDocument ParseMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var bodyStart = FrontMatterReader.Read(markdown, metadata);
        var headings = new List<SectionBuilder.HeadingLine>();
        string? firstH1 = null;
        var inFence = false;
        foreach (var (start, end, next) in SectionBuilder.Lines(markdown, bodyStart))
        {
            var line = markdown[start..end];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            var match = inFence ? null : HeadingPattern().Match(line);
            if (match is { Success: true })
            {
                var heading = match.Groups[2].Value.Trim();
                firstH1 ??= match.Groups[1].Length == 1 ? heading : null;
                headings.Add(new SectionBuilder.HeadingLine(start, next, heading));
            }
        }

        var title = Meta(metadata, "title") ?? firstH1 ?? FirstLine(markdown, bodyStart);
        var sections = SectionBuilder.Build(markdown, bodyStart, headings, title);
        return new ParsedDocument(title, metadata, sections, markdown);
    }

    /// <summary>Plain text: one section headed by the title (the first line).</summary>
    public static ParsedDocument ParsePlainText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var title = FirstLine(text, 0);
        return new ParsedDocument(title, new Dictionary<string, string>(), SectionBuilder.Build(text, 0, [], title), text);
    }

    /// <summary><c>pdftotext</c> output: a section per page (pages separated by form feeds), headed "N쪽".</summary>
    public static ParsedDocument ParsePdfText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var title = FirstLine(text, 0);
        var headings = new List<SectionBuilder.HeadingLine>();
        var page = 1;
        for (var i = text.IndexOf('\f', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\f', i + 1))
        {
            page++;
            headings.Add(new SectionBuilder.HeadingLine(i, i + 1, $"{page}쪽"));
        }

        var sections = SectionBuilder.Build(text, 0, headings, headings.Count > 0 ? "1쪽" : title);
        return new ParsedDocument(title, new Dictionary<string, string>(), sections, text);
    }

    /// <summary>HTML: visible text via <see cref="HtmlTextExtractor"/>; &lt;h1&gt;–&lt;h3&gt; lines start sections, &lt;meta&gt; fills metadata.</summary>
    public static ParsedDocument ParseHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in document.QuerySelectorAll("meta[name][content]"))
        {
            metadata[meta.GetAttribute("name")!.Trim().ToLowerInvariant()] = meta.GetAttribute("content")!.Trim();
        }

        var lang = document.DocumentElement.GetAttribute("lang");
        if (!string.IsNullOrWhiteSpace(lang) && !metadata.ContainsKey("lang"))
        {
            metadata["lang"] = lang.Trim();
        }

        var expected = new Queue<string>(document.QuerySelectorAll("h1, h2, h3").Select(h => Collapse(h.TextContent)).Where(h => h.Length > 0));
        var firstH1 = document.QuerySelector("h1") is { } h1 ? Collapse(h1.TextContent) : null;
        var text = HtmlTextExtractor.Extract(html);
        var headings = new List<SectionBuilder.HeadingLine>();
        foreach (var (start, end, next) in SectionBuilder.Lines(text, 0))
        {
            if (expected.Count > 0 && Collapse(text[start..end]) == expected.Peek())
            {
                headings.Add(new SectionBuilder.HeadingLine(start, next, expected.Dequeue()));
            }
        }

        var pageTitle = Collapse(document.Title ?? string.Empty);
        var title = Meta(metadata, "title") ?? (pageTitle.Length > 0 ? pageTitle : null) ?? firstH1 ?? FirstLine(text, 0);
        return new ParsedDocument(title, metadata, SectionBuilder.Build(text, 0, headings, title), text);
    }

    private static string? Meta(Dictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string FirstLine(string text, int from)
    {
        foreach (var (start, end, _) in SectionBuilder.Lines(text, from))
        {
            var line = Collapse(text[start..end].TrimStart('#', ' '));
            if (line.Length > 0)
            {
                return line.Length > MaxTitleLength ? line[..MaxTitleLength] : line;
            }
        }

        return string.Empty;
    }

    private static string Collapse(string text) => WhitespacePattern().Replace(text, " ").Trim();

    [GeneratedRegex(@"^(#{1,3})[ \t]+(.+?)[ \t]*#*[ \t]*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
