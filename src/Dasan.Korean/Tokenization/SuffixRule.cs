namespace Dasan.Korean.Tokenization;

/// <summary>Where a particle or ending may be stripped.</summary>
internal enum SuffixContext
{
    Any,
    AfterConsonant,
    AfterVowel,
    AfterVowelOrRieul,
}

/// <summary>A strippable particle or ending: the sound it must follow and the shortest stem it may leave.</summary>
internal sealed record SuffixRule(SuffixContext Context, int MinStem)
{
    public bool Allows(char lastStemSyllable, int stemLength) =>
        stemLength >= MinStem && HangulSyllable.Is(lastStemSyllable) && Context switch
        {
            SuffixContext.AfterConsonant => HangulSyllable.HasFinal(lastStemSyllable),
            SuffixContext.AfterVowel => !HangulSyllable.HasFinal(lastStemSyllable),
            SuffixContext.AfterVowelOrRieul => HangulSyllable.EndsInVowelOrRieul(lastStemSyllable),
            _ => true,
        };
}
