namespace Dasan.Core.Text;

/// <summary>
/// Port to the Korean text library: turns raw citizen text (possibly HTML) into clean text and a copy
/// with personal data masked. Implemented by the adapter in Dasan.Web (Text/KoreanTextProtector) over Dasan.Korean; every channel goes through it.
/// </summary>
public interface ITextProtector
{
    /// <summary>HTML to text, Unicode and whitespace normalised; nothing removed that a reader needs.</summary>
    string Clean(string raw);

    /// <summary>The cleaned text with personal data masked, and the kinds of data found.</summary>
    MaskedText Mask(string cleaned);
}
