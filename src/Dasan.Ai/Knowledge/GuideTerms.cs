using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Dasan.Ai.Knowledge;

/// <summary>The words of one guide, kept per index snapshot by <see cref="RelevanceAssessor"/>: in its title and headings,
/// anywhere, and in each sentence together with the sentence's title and heading.</summary>
internal sealed record GuideTerms(HashSet<string> Titles, HashSet<string> All, IReadOnlyList<(string Sentence, HashSet<string> Terms)> Sentences)
{
    private readonly ConcurrentDictionary<QuestionIntent, HashSet<string>[]> _evidence = new();
    private string? _fingerprint;

    /// <summary>
    /// A short hash of the guide's words (<see cref="GuideTopicModel.Fingerprints"/>): the same for the same text however
    /// it reached the index, different once an administrator adds or removes a word.
    /// </summary>
    public string Fingerprint => _fingerprint ??= Convert.ToHexString(
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', All.Order(StringComparer.Ordinal)))))[..16];

    /// <summary>The words of the sentences holding the kind of answer <paramref name="intent"/> asks for (found once per guide).</summary>
    public IReadOnlyList<HashSet<string>> WithEvidence(QuestionIntent intent) =>
        _evidence.GetOrAdd(intent, i => [.. Sentences.Where(s => QuestionIntentDetector.HasEvidence(i, s.Sentence)).Select(s => s.Terms)]);
}
