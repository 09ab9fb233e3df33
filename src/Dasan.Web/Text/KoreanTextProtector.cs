using Dasan.Core.Text;
using Dasan.Korean.Normalization;
using Dasan.Korean.PersonalData;

namespace Dasan.Web.Text;

/// <summary>Adapter from the platform's <see cref="ITextProtector"/> port to the Dasan.Korean library.</summary>
public sealed class KoreanTextProtector : ITextProtector
{
    private readonly TextNormalizer _normalizer = new();
    private readonly PersonalDataDetector _detector = new();

    public string Clean(string raw) => _normalizer.Normalize(raw).Text.Trim();

    public MaskedText Mask(string cleaned)
    {
        var findings = _detector.Detect(cleaned);
        if (findings.Count == 0)
        {
            return new MaskedText(cleaned, []);
        }

        var types = findings.Select(f => f.Type.ToString()).Distinct().ToList();
        return new MaskedText(PersonalDataMasker.Mask(cleaned, findings), types);
    }
}
