using Dasan.Korean;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Splits parsed documents into passages of about 400–700 characters that end at sentence ends,
/// list items or line breaks and never cross a section heading; consecutive passages of a section
/// share one short sentence. Personal data is masked (length-preserving) before chunking, so offsets
/// map straight back into <see cref="ParsedDocument.Text"/>. Thread-safe.
/// </summary>
public sealed class Chunker
{
    private readonly KoreanTextPipeline _pipeline;
    private readonly ChunkerOptions _options;

    /// <summary>Creates a chunker that masks with <paramref name="pipeline"/>.</summary>
    public Chunker(KoreanTextPipeline pipeline, ChunkerOptions? options = null)
    {
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _options = options ?? ChunkerOptions.Default;
    }

    /// <summary>Chunks <paramref name="document"/>; domain, department and lang come from its metadata.</summary>
    public IReadOnlyList<KnowledgeChunk> Chunk(string documentId, ParsedDocument document)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentNullException.ThrowIfNull(document);
        var masked = _pipeline.MaskSource(document.Text);
        var chunks = new List<KnowledgeChunk>();
        foreach (var section in document.Sections)
        {
            foreach (var (start, end) in Spans(document.Text, section.Start, section.Start + section.Text.Length))
            {
                chunks.Add(new KnowledgeChunk(
                    $"{documentId}#{chunks.Count}", documentId, chunks.Count, document.Title, section.Heading,
                    masked[start..end], start, end - start, document.Meta("domain"), document.Meta("department"), document.Meta("lang")));
            }
        }

        return chunks;
    }

    private List<(int Start, int End)> Spans(string text, int sectionStart, int sectionEnd)
    {
        var result = new List<(int, int)>();
        var sentences = Sentences(text, sectionStart, sectionEnd);
        var first = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var end = sentences[i].End;
            if (i > first && end - sentences[first].Start > _options.MaxLength)
            {
                result.Add((sentences[first].Start, sentences[i - 1].End));
                first = OverlapStart(sentences, i);
            }

            if (end - sentences[first].Start >= _options.TargetLength || i == sentences.Count - 1)
            {
                result.Add((sentences[first].Start, end));
                first = i + 1 < sentences.Count ? OverlapStart(sentences, i + 1) : i + 1;
            }
        }

        return result;
    }

    private int OverlapStart(List<(int Start, int End)> sentences, int next)
    {
        var previous = sentences[next - 1];
        var fits = previous.End - previous.Start <= _options.OverlapLength
            && sentences[next].End - previous.Start <= _options.MaxLength;
        return fits ? next - 1 : next;
    }

    private List<(int Start, int End)> Sentences(string text, int start, int end)
    {
        var result = new List<(int, int)>();
        foreach (var (s, length) in SentenceSplitter.Split(text, start, end))
        {
            var from = s;
            var stop = s + length;
            while (stop - from > _options.MaxLength)
            {
                var cut = text.LastIndexOf(' ', from + _options.MaxLength - 1, _options.MaxLength / 2);
                cut = cut > from ? cut : from + _options.MaxLength;
                result.Add((from, cut));
                from = cut;
                while (from < stop && char.IsWhiteSpace(text[from]))
                {
                    from++;
                }
            }

            if (stop > from)
            {
                result.Add((from, stop));
            }
        }

        return result;
    }
}
