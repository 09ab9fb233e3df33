namespace Dasan.Ai.Knowledge;

/// <summary>The source format of a knowledge document.</summary>
public enum DocumentFormat
{
    /// <summary>Markdown with optional YAML front matter; <c>#</c>…<c>###</c> headings start sections.</summary>
    Markdown,

    /// <summary>Plain text; one section.</summary>
    PlainText,

    /// <summary>HTML; text extracted with a real parser, &lt;h1&gt;–&lt;h3&gt; start sections.</summary>
    Html,

    /// <summary>Text produced by <c>pdftotext</c>; each page (form feed) is a section.</summary>
    PdfText,
}
