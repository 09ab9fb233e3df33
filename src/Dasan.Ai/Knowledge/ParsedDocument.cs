namespace Dasan.Ai.Knowledge;

/// <summary>A knowledge document split into sections whose offsets point into <see cref="Text"/>.</summary>
/// <param name="Title">The title from front matter, &lt;title&gt;, the first heading or the first line.</param>
/// <param name="Metadata">Front-matter or &lt;meta&gt; fields (title, domain, department, source, updated, lang …), keys lower-case.</param>
/// <param name="Sections">The sections in document order.</param>
/// <param name="Text">The document text the section offsets refer to (for HTML, the extracted text).</param>
public sealed record ParsedDocument(
    string Title,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<Section> Sections,
    string Text)
{
    /// <summary>A metadata value, or null when absent or blank.</summary>
    public string? Meta(string key) =>
        Metadata.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
