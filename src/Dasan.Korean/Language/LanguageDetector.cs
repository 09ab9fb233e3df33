namespace Dasan.Korean.Language;

/// <summary>
/// Detects ko, en, zh, ja or other from script statistics. Hangul outweighs Latin letters
/// (a syllable carries a word's worth of information), so Korean with English words and CCTV is
/// ko; any Kana makes Han-script text ja; Han alone is zh; Latin letters are en.
/// </summary>
public static class LanguageDetector
{
    private const double HangulWeight = 3.0;
    private const double HanWeight = 2.0;

    /// <summary>Detects the language of <paramref name="text"/>; never throws.</summary>
    public static LanguageGuess Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double hangul = 0, kana = 0, han = 0, latin = 0, other = 0;
        foreach (var c in text)
        {
            if ((c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3131' && c <= '\u318E'))
            {
                hangul++;
            }
            else if (c >= '\u3040' && c <= '\u30FF' || (c >= '\uFF66' && c <= '\uFF9F'))
            {
                kana++;
            }
            else if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF'))
            {
                han++;
            }
            else if (char.IsAsciiLetter(c) || (c >= '\u00C0' && c <= '\u024F'))
            {
                latin++;
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }

        var scores = new (string Lang, double Score)[]
        {
            ("ko", (hangul * HangulWeight) + (hangul > 0 ? han : 0)),
            ("ja", kana > 0 ? (kana * HanWeight) + han : 0),
            ("zh", hangul == 0 && kana == 0 ? han * HanWeight : 0),
            ("en", latin),
            ("other", other),
        };
        var total = scores.Sum(s => s.Score);
        if (total <= 0)
        {
            return new LanguageGuess("other", 0);
        }

        var best = scores.MaxBy(s => s.Score);
        var evidence = hangul + kana + han + latin + other;
        var damping = Math.Min(1.0, 0.5 + (evidence / 20.0));
        return new LanguageGuess(best.Lang, Math.Round(best.Score / total * damping, 3));
    }
}
