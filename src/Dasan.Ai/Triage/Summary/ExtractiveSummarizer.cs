using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Triage.Summary;

/// <summary>
/// Extractive summary of a citizen request: Korean sentence splitting, TextRank over the cosine
/// similarity of stem vectors (<see cref="KoreanTokenizerOptions.StemsOnly"/>), a position prior
/// favouring the opening, a penalty for greetings and formulas; the best sentences that fit are
/// returned in their original order. Thread-safe; create once and share.
/// </summary>
public sealed class ExtractiveSummarizer
{
    private const double Damping = 0.85;
    private const int Iterations = 30;

    private readonly KoreanTokenizer _tokenizer = new(KoreanTokenizerOptions.StemsOnly);

    /// <summary>
    /// Summarises <paramref name="text"/> in at most <paramref name="maxSentences"/> sentences and
    /// <paramref name="maxChars"/> characters. A text no longer than <paramref name="maxChars"/> is returned as it is.
    /// </summary>
    public Summary Summarize(string text, int maxSentences = 3, int maxChars = 300)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSentences, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        var spans = KoreanSentenceSplitter.Split(text);
        if (text.Length <= maxChars)
        {
            return new Summary(text, spans.Select(s => new SentenceSpan(s.Start, s.Length, text.Substring(s.Start, s.Length), 1)).ToList());
        }

        var sentences = spans.Select(s => text.Substring(s.Start, s.Length)).ToList();
        var scores = Score(sentences);
        var chosen = Choose(sentences, scores, maxSentences, maxChars);
        var result = chosen.Select(i => new SentenceSpan(spans[i].Start, spans[i].Length, sentences[i], scores[i])).ToList();
        if (result.Count == 0 && sentences.Count > 0)
        {
            var best = Enumerable.Range(0, sentences.Count).MaxBy(i => scores[i]);
            var length = Math.Min(sentences[best].Length, maxChars - 1);
            var cut = length < sentences[best].Length ? sentences[best][..length] + "…" : sentences[best];
            return new Summary(cut, [new SentenceSpan(spans[best].Start, length, cut, scores[best])]);
        }

        return new Summary(string.Join(' ', result.Select(s => s.Text)), result);
    }

    private double[] Score(List<string> sentences)
    {
        var vectors = sentences.Select(Vectorize).ToList();
        var rank = StemTextRank.Rank(vectors, Damping, Iterations);
        var scores = new double[sentences.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            var position = 1 + (0.5 / (1 + i));
            var shortness = sentences[i].Length < 12 ? 0.5 : 1;
            scores[i] = rank[i] * position * shortness * SentenceBoilerplate.Factor(sentences[i]);
        }

        return scores;
    }

    private Dictionary<string, double> Vectorize(string sentence)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var token in _tokenizer.Tokenize(sentence))
        {
            vector[token.Term] = vector.GetValueOrDefault(token.Term) + 1;
        }

        return vector;
    }

    private static List<int> Choose(List<string> sentences, double[] scores, int maxSentences, int maxChars)
    {
        var chosen = new List<int>();
        var used = 0;
        foreach (var i in Enumerable.Range(0, sentences.Count).OrderByDescending(i => scores[i]).ThenBy(i => i))
        {
            var cost = sentences[i].Length + (chosen.Count > 0 ? 1 : 0);
            if (chosen.Count == maxSentences)
            {
                break;
            }

            if (used + cost <= maxChars && SentenceBoilerplate.Factor(sentences[i]) > 0.05)
            {
                chosen.Add(i);
                used += cost;
            }
        }

        chosen.Sort();
        return chosen;
    }
}
