namespace Dasan.Korean.Tokenization;

/// <summary>Script classes that split an eojeol into segments.</summary>
internal enum CharClass
{
    Separator,
    Hangul,
    Digit,
    Latin,
    Cjk,
}

/// <summary>Classifies characters for <see cref="KoreanTokenizer"/>.</summary>
internal static class CharClassifier
{
    public static CharClass Classify(string text, int index)
    {
        var c = text[index];
        if (HangulSyllable.Is(c))
        {
            return CharClass.Hangul;
        }

        if (char.IsAsciiDigit(c))
        {
            return CharClass.Digit;
        }

        if (char.IsAsciiLetter(c))
        {
            return CharClass.Latin;
        }

        if (c is ',' or '.' && index > 0 && index + 1 < text.Length && char.IsAsciiDigit(text[index - 1]) && char.IsAsciiDigit(text[index + 1]))
        {
            return CharClass.Digit;
        }

        if (c < 0x80 || HangulSyllable.IsJamo(c) || char.IsSurrogate(c))
        {
            return CharClass.Separator;
        }

        if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3040' && c <= '\u30FF'))
        {
            return CharClass.Cjk;
        }

        return char.IsLetter(c) ? CharClass.Latin : char.IsDigit(c) ? CharClass.Digit : CharClass.Separator;
    }
}
