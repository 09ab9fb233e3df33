namespace Dasan.Ai.Triage.Urgency;

/// <summary>Tense read from Korean syllables: a past relative (-ㅆ던) and a clause said in the present (ADR 0108).</summary>
internal static class ClauseTense
{
    /// <summary>
    /// A clause that ends in a present-tense sentence ending (숨쉬기 힘들어해요, 안 일어나요), not a bare title: it says how
    /// things are now, so it does not take the past frame of other mentions (어제 세제를 마셨는데 … 숨쉬기 힘들어해요).
    /// </summary>
    public static bool SaidInThePresent(string clause)
    {
        if (clause.Length < 3 || !(clause.EndsWith('요') || clause.EndsWith('다')))
        {
            return false;
        }

        // A past tense closes one of the last syllables with ㅆ (쓰러졌어요, 마셨다, 있었어요); 있어요 alone is the present.
        var ending = clause.AsSpan(Math.Max(0, clause.Length - 4), Math.Min(4, clause.Length) - 1);
        for (var i = 0; i < ending.Length; i++)
        {
            var syllable = ending[i];
            if (syllable is < '\uAC00' or > '\uD7A3')
            {
                return false;
            }

            if (ClosedBySsang(syllable) && syllable != '있')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A past tense before -던 in any verb (삼켰던, 쳤던, 갔던, 봤던 …): the list of past markers names only the common
    /// endings (었던, 았던, 했던 …); a syllable closed by ㅆ before 던 is the past tense whatever the verb.
    /// </summary>
    public static bool PastRelative(ReadOnlySpan<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '던' && text[i - 1] is >= '\uAC00' and <= '\uD7A3' && ClosedBySsang(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Hangul syllable whose final consonant is ㅆ (the past tense's 었, 았, 했, 졌 …).</summary>
    private static bool ClosedBySsang(char syllable) => (syllable - 0xAC00) % 28 == 20;
}
