namespace Dasan.Korean.Normalization;

/// <summary>Settings of <see cref="TextNormalizer"/>.</summary>
public sealed record TextNormalizerOptions
{
    /// <summary>Runs of one repeated character (ㅋㅋㅋㅋ, !!!!!) are cut to this length. Default 3.
    /// Digits and Latin letters are never cut, because numbers must survive.</summary>
    public int MaxRepeat { get; init; } = 3;

    /// <summary>Converts HTML to text when the input contains tags. Default true.</summary>
    public bool ExtractHtml { get; init; } = true;

    /// <summary>Defaults used by the pipeline.</summary>
    public static TextNormalizerOptions Default { get; } = new();
}
