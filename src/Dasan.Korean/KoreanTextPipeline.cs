using Dasan.Korean.Language;
using Dasan.Korean.Normalization;
using Dasan.Korean.PersonalData;
using Dasan.Korean.Tokenization;

namespace Dasan.Korean;

/// <summary>
/// The intake façade: normalise, detect and mask personal data, tokenise the masked text and
/// detect the language, in one call. Thread-safe; create once and share.
/// </summary>
public sealed class KoreanTextPipeline
{
    private readonly TextNormalizer _normalizer;
    private readonly PersonalDataDetector _detector;
    private readonly KoreanTokenizer _tokenizer;

    /// <summary>Creates a pipeline; null options mean the documented defaults.</summary>
    public KoreanTextPipeline(
        TextNormalizerOptions? normalizerOptions = null,
        KoreanTokenizerOptions? tokenizerOptions = null,
        double minConfidence = 0.5)
    {
        _normalizer = new TextNormalizer(normalizerOptions);
        _detector = new PersonalDataDetector(minConfidence);
        _tokenizer = new KoreanTokenizer(tokenizerOptions);
    }

    /// <summary>Analyses raw citizen text (plain or HTML). Never throws on malformed input.</summary>
    public TextAnalysis Analyze(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var normalized = Normalize(raw);
        var findings = _detector.Detect(normalized.Text);
        var masked = PersonalDataMasker.Mask(normalized.Text, findings);
        var tokens = _tokenizer.Tokenize(masked);
        return new TextAnalysis(normalized.Text, masked, findings, tokens, LanguageDetector.Detect(normalized.Text));
    }

    /// <summary>Normalises only, keeping the offset map to the source.</summary>
    public NormalizedText Normalize(string raw) => _normalizer.Normalize(raw);

    /// <summary>Masks personal data in <paramref name="raw"/> itself (not normalised), using the offset map.</summary>
    public string MaskSource(string raw, MaskingStyle style = MaskingStyle.Partial) => MaskSourceWithFindings(raw, style).Text;

    /// <summary>
    /// Masks <paramref name="raw"/> itself and returns the findings with spans into <paramref name="raw"/>.
    /// Findings carry no <see cref="PersonalDataFinding.Original"/>, so the result is safe to share.
    /// </summary>
    public SourceMask MaskSourceWithFindings(string raw, MaskingStyle style = MaskingStyle.Partial)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var normalized = new TextNormalizer(new TextNormalizerOptions { ExtractHtml = false }).Normalize(raw);
        var findings = _detector.Detect(normalized.Text)
            .Select(f =>
            {
                var (start, length) = normalized.ToSourceSpan(f.Start, f.Length);
                return f with { Start = start, Length = length, Original = null };
            })
            .ToList();
        return new SourceMask(PersonalDataMasker.Mask(raw, findings, style), findings);
    }
}
