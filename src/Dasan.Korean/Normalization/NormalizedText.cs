namespace Dasan.Korean.Normalization;

/// <summary>
/// Normalised text together with a map from every normalised character back to the span of the
/// source text it came from, so that findings and tokens can be located in the source.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _sourceStarts;
    private readonly int[] _sourceEnds;

    internal NormalizedText(string source, string text, int[] sourceStarts, int[] sourceEnds)
    {
        Source = source;
        Text = text;
        _sourceStarts = sourceStarts;
        _sourceEnds = sourceEnds;
    }

    /// <summary>The text the offsets point into: the raw input, or the text extracted from HTML.</summary>
    public string Source { get; }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>Source offset of the normalised character at <paramref name="index"/>; the source length at the end.</summary>
    public int ToSourceOffset(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return index >= Text.Length ? Source.Length : _sourceStarts[index];
    }

    /// <summary>Maps a span of the normalised text to the smallest source span covering it.</summary>
    public (int Start, int Length) ToSourceSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (start >= Text.Length)
        {
            return (Source.Length, 0);
        }

        var sourceStart = _sourceStarts[start];
        if (length == 0)
        {
            return (sourceStart, 0);
        }

        var last = Math.Min(start + length, Text.Length) - 1;
        return (sourceStart, _sourceEnds[last] - sourceStart);
    }
}
