using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Dasan.Ai.Knowledge;

/// <summary>Highlights the best fragment of a chunk's text for a query (HTML-encoded, &lt;mark&gt; tags).</summary>
internal sealed class SnippetHighlighter
{
    public const int FragmentLength = 160;

    private readonly Highlighter _highlighter;
    private readonly Analyzer _analyzer;

    public SnippetHighlighter(Query query, Analyzer analyzer)
    {
        _analyzer = analyzer;
        _highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(query, KnowledgeFields.Text))
        {
            TextFragmenter = new SimpleFragmenter(FragmentLength),
        };
    }

    public string Snippet(string text)
    {
        var fragment = _highlighter.GetBestFragment(_analyzer, KnowledgeFields.Text, text);
        if (!string.IsNullOrEmpty(fragment))
        {
            return fragment.Trim();
        }

        return SimpleHTMLEncoder.HtmlEncode(Cut(text));
    }

    /// <summary>The opening of <paramref name="text"/>, HTML-encoded, for a passage found without the query (fused or added).</summary>
    public static string Plain(string text) => System.Net.WebUtility.HtmlEncode(Cut(text));

    /// <summary>At most <see cref="FragmentLength"/> characters, never ending inside a surrogate pair (an emoji).</summary>
    private static string Cut(string text)
    {
        if (text.Length <= FragmentLength)
        {
            return text;
        }

        return text[..(char.IsHighSurrogate(text[FragmentLength - 1]) ? FragmentLength - 1 : FragmentLength)];
    }
}
