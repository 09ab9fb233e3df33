using System.Collections.Concurrent;

namespace Dasan.Ai.Learning;

/// <summary>
/// The feature ids of a word, computed once per word a process meets: a text's character n-grams are the same every
/// time a word recurs (있어요, 주세요, 가로등이 …), and looking each one up cost most of a prediction. Bounded: after
/// <see cref="Capacity"/> words it stops adding (the words met first are the common ones), so memory stays small and
/// every word still gets its features computed. Thread-safe.
/// </summary>
internal sealed class WordFeatureCache
{
    /// <summary>Words kept per model: about 5 MiB at the typical ten n-grams a word.</summary>
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, int[]> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _spans;
    private int _kept; // ConcurrentDictionary.Count takes every lock: counted here instead

    public WordFeatureCache() => _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The ids of <paramref name="word"/>, computed by <paramref name="compute"/> when it is not kept yet.</summary>
    public int[] Get<TState>(ReadOnlySpan<char> word, TState state, Func<TState, ReadOnlySpan<char>, int[]> compute)
    {
        if (_spans.TryGetValue(word, out var ids))
        {
            return ids;
        }

        ids = compute(state, word);
        if (Volatile.Read(ref _kept) < Capacity && _spans.TryAdd(word, ids))
        {
            Interlocked.Increment(ref _kept);
        }

        return ids;
    }
}
