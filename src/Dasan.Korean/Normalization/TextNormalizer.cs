using System.Globalization;
using System.Text;

namespace Dasan.Korean.Normalization;

/// <summary>
/// Normalises citizen text in one pass: HTML to text, NFC (NFKC for full- and half-width forms),
/// zero-width and control characters removed, whitespace collapsed (paragraph breaks kept),
/// runs of a repeated character capped. Keeps a map back to source offsets.
/// </summary>
public sealed class TextNormalizer
{
    private readonly TextNormalizerOptions _options;

    /// <summary>Creates a normaliser.</summary>
    public TextNormalizer(TextNormalizerOptions? options = null) => _options = options ?? TextNormalizerOptions.Default;

    /// <summary>Normalises <paramref name="raw"/>; never throws on malformed Unicode.</summary>
    public NormalizedText Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var source = _options.ExtractHtml && HtmlTextExtractor.LooksLikeHtml(raw) ? HtmlTextExtractor.Extract(raw) : raw;
        var writer = new NormalizedTextWriter(source.Length, _options.MaxRepeat);
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (char.IsHighSurrogate(c))
            {
                if (char.IsLowSurrogate(next))
                {
                    writer.WritePair(c, next, i);
                    i += 2;
                }
                else
                {
                    i++;
                }

                continue;
            }

            if (IsSimple(c) && !CanCombineWithPrevious(next))
            {
                writer.Write(MapWidth(c), i, i + 1);
                i++;
                continue;
            }

            i = WriteElement(source, i, writer);
        }

        return writer.ToNormalizedText(source);
    }

    private static int WriteElement(string source, int index, NormalizedTextWriter writer)
    {
        var length = StringInfo.GetNextTextElementLength(source.AsSpan(index));
        var element = source.Substring(index, Math.Max(1, length));
        var end = index + element.Length;
        string normalized;
        try
        {
            var form = IsWidthForm(element[0]) ? NormalizationForm.FormKC : NormalizationForm.FormC;
            normalized = element.IsNormalized(form) ? element : element.Normalize(form);
        }
        catch (ArgumentException)
        {
            normalized = StripSurrogates(element);
        }

        foreach (var c in normalized)
        {
            writer.Write(c, index, end);
        }

        return end;
    }

    private static string StripSurrogates(string element)
    {
        var builder = new StringBuilder(element.Length);
        foreach (var c in element)
        {
            if (!char.IsSurrogate(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsSimple(char c) =>
        c < 0x300 || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x4E00 && c <= 0x9FFF) ||
        (c >= 0xFF01 && c <= 0xFF5E) || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x3098);

    private static bool CanCombineWithPrevious(char next)
    {
        if (next < 0x300 || (next >= 0xAC00 && next <= 0xD7A3) || (next >= 0x4E00 && next <= 0x9FFF))
        {
            return false;
        }

        if ((next >= 0x1160 && next <= 0x11FF) || (next >= 0xD7B0 && next <= 0xD7FF) || next is '\u3099' or '\u309A')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(next);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsWidthForm(char c) => c >= 0xFF00 && c <= 0xFFEF;

    private static char MapWidth(char c) => c >= 0xFF01 && c <= 0xFF5E ? (char)(c - 0xFEE0) : c;
}
