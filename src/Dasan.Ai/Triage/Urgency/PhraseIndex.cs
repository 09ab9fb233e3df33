namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Which of a list of phrases may occur in a text, from their first two characters (their first one when they have
/// one): a phrase not marked cannot occur; a marked one still has to be searched for. Lets a matcher skip most of
/// its several hundred substring searches per clause. Read-only after construction, so thread-safe.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly int _count;
    private readonly Dictionary<int, int[]> _byStart;

    public PhraseIndex(IReadOnlyList<string> phrases)
    {
        _count = phrases.Count;
        _byStart = Enumerable.Range(0, phrases.Count).Where(i => phrases[i].Length > 0)
            .GroupBy(i => Key(phrases[i][0], phrases[i].Length > 1 ? phrases[i][1] : null))
            .ToDictionary(g => g.Key, g => g.ToArray());
        Empty = Enumerable.Range(0, phrases.Count).Where(i => phrases[i].Length == 0).ToArray();
    }

    private int[] Empty { get; }

    /// <summary>One flag per phrase, in the list's order: true when the phrase may occur in <paramref name="text"/>.</summary>
    public bool[] Candidates(string text)
    {
        var flags = new bool[_count];
        Array.ForEach(Empty, i => flags[i] = true);
        for (var i = 0; i < text.Length; i++)
        {
            Mark(Key(text[i], null), flags);
            if (i + 1 < text.Length)
            {
                Mark(Key(text[i], text[i + 1]), flags);
            }
        }

        return flags;
    }

    private void Mark(int key, bool[] flags)
    {
        if (_byStart.TryGetValue(key, out var ids))
        {
            foreach (var id in ids)
            {
                flags[id] = true;
            }
        }
    }

    /// <summary>A single character, or a pair: a pair never collides with a single (the high half of a single is all ones).</summary>
    private static int Key(char first, char? second) => second is { } s ? (first << 16) | s : unchecked((int)0xFFFF0000) | first;
}
