namespace Dasan.Korean.Tokenization;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>A Hangul (or other script) content stem, or a part of a decompounded noun.</summary>
    Word,

    /// <summary>Digits, possibly with a decimal point.</summary>
    Number,

    /// <summary>A Latin-script word, lower-cased (CCTV → cctv).</summary>
    Latin,

    /// <summary>Digits, letters and Hangul in one token (9호선, 12가3456, a4).</summary>
    Mixed,

    /// <summary>A syllable bigram of a longer Hangul stem, for recall.</summary>
    NGram,
}
