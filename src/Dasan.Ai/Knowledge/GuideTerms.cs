using System.Collections.Concurrent;

namespace Dasan.Ai.Knowledge;

/// <summary>The words of one guide, kept per index snapshot by <see cref="RelevanceAssessor"/>: in its title and headings,
/// anywhere, and in each sentence together with the sentence's title and heading.</summary>
internal sealed record GuideTerms(HashSet<string> Titles, HashSet<string> All, IReadOnlyList<(string Sentence, HashSet<string> Terms)> Sentences)
{
    private readonly ConcurrentDictionary<QuestionIntent, HashSet<string>[]> _evidence = new();

    /// <summary>The words of the sentences holding the kind of answer <paramref name="intent"/> asks for (found once per guide).</summary>
    public IReadOnlyList<HashSet<string>> WithEvidence(QuestionIntent intent) =>
        _evidence.GetOrAdd(intent, i => [.. Sentences.Where(s => QuestionIntentDetector.HasEvidence(i, s.Sentence)).Select(s => s.Terms)]);
}
