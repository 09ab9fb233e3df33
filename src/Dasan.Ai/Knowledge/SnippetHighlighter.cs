using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Highlights the best passage of a chunk's text for a query (HTML-encoded, &lt;mark&gt; tags): whole sentences as a reader
/// sees them — a table row with its header, no Markdown markers — starting at the sentence with most of the query's words,
/// with "…" where text is left out before or after.
/// </summary>
internal sealed partial class SnippetHighlighter
{
    public const int FragmentLength = 160;

    private readonly Highlighter _sentence;
    private readonly Analyzer _analyzer;

    public SnippetHighlighter(Query query, Analyzer analyzer)
    {
        _analyzer = analyzer;
        _sentence = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(query, KnowledgeFields.Text))
        {
            TextFragmenter = new NullFragmenter(),
        };
    }

    public string Snippet(string text)
    {
        var sentences = Readable(text);
        if (sentences.Count == 0)
        {
            return Plain(text);
        }

        var marked = sentences.Select(s => _sentence.GetBestFragment(_analyzer, KnowledgeFields.Text, s)).ToList();
        var best = -1;
        var most = 0;
        for (var i = 0; i < marked.Count; i++)
        {
            var count = marked[i] is { } m ? Regex.Count(m, "<mark>") : 0;
            if (count > most)
            {
                (best, most) = (i, count);
            }
        }

        return best < 0 ? Plain(text) : Passage(sentences, marked, best);
    }

    /// <summary>The opening of <paramref name="text"/> as a reader sees it, HTML-encoded, for a passage found without the query (fused or added).</summary>
    public static string Plain(string text)
    {
        var sentences = Readable(text);
        return sentences.Count == 0 ? System.Net.WebUtility.HtmlEncode(Cut(text)) : Passage(sentences, new string?[sentences.Count], 0);
    }

    /// <summary>Sentences from <paramref name="first"/> on while they fit, each highlighted when it holds the query.</summary>
    private static string Passage(IReadOnlyList<string> sentences, IReadOnlyList<string?> marked, int first)
    {
        var passage = new StringBuilder(first > 0 ? "… " : "");
        var length = 0;
        var i = first;
        for (; i < sentences.Count && (i == first || length + 1 + sentences[i].Length <= FragmentLength); i++)
        {
            var sentence = i == first && sentences[i].Length > 2 * FragmentLength ? Cut(sentences[i]) : sentences[i];
            var shown = marked[i] is { } m && sentence.Length == sentences[i].Length ? m : System.Net.WebUtility.HtmlEncode(sentence);
            // A table row or a list item has no full stop: a middle dot keeps it apart from the next.
            passage.Append(i == first ? "" : EndsASentence(sentences[i - 1]) ? " " : " · ").Append(shown);
            length += sentence.Length + 1;
            if (sentence.Length < sentences[i].Length)
            {
                passage.Append('…');
                return passage.ToString();
            }
        }

        return i < sentences.Count ? passage.Append(" …").ToString() : passage.ToString();
    }

    private static bool EndsASentence(string sentence) => sentence.Length > 0 && ".?!…。\"'”’".Contains(sentence[^1], StringComparison.Ordinal);

    /// <summary>The chunk's sentences as the answer reads them: table rows with their header, no list, heading or bold markers.</summary>
    private static List<string> Readable(string text) =>
        [.. SentenceSplitter.Split(text)
            .Select(s => TableRows.Read(text, s.Start, s.Length))
            .OfType<string>()
            .Select(s => Markup().Replace(BoldMarkers.Strip(s), string.Empty).Trim())
            .Where(s => s.Length > 0)];

    /// <summary>At most <see cref="FragmentLength"/> characters, cut at a space where there is one, never inside a surrogate pair.</summary>
    private static string Cut(string text)
    {
        if (text.Length <= FragmentLength)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', FragmentLength - 1, FragmentLength / 2);
        var end = space > 0 ? space : char.IsHighSurrogate(text[FragmentLength - 1]) ? FragmentLength - 1 : FragmentLength;
        return text[..end];
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|#{1,6})\s+")]
    private static partial Regex Markup();
}
