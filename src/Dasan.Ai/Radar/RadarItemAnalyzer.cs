using Dasan.Ai.Triage;
using Dasan.Korean;
using Dasan.Korean.Places;

namespace Dasan.Ai.Radar;

/// <summary>
/// Per-item analysis: normalise and mask (Dasan.Korean), tag domain and candidate departments with the triage
/// router, districts and places with the gazetteer, and key phrases with <see cref="KeyPhraseExtractor"/>.
/// Thread-safe; the caller may pass a triage it already has (a request's own).
/// </summary>
public sealed class RadarItemAnalyzer(TriageEngine triage)
{
    public const int TitleMax = 500;
    public const int BodyMax = 2000;
    private const double MinDepartmentProbability = 0.05;
    private readonly KoreanTextPipeline _pipeline = new();
    private readonly KeyPhraseExtractor _phrases = new();

    public AnalyzedItem Analyze(string title, string? body, string? knownDomain = null, IReadOnlyList<string>? knownDepartments = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        var maskedTitle = Mask(title, TitleMax);
        var maskedBody = string.IsNullOrWhiteSpace(body) ? "" : Mask(body, BodyMax);
        var text = maskedBody.Length == 0 ? maskedTitle : maskedTitle + "\n" + maskedBody;
        var domain = knownDomain;
        var departments = knownDepartments;
        if (domain is null || departments is null)
        {
            var outcome = triage.Triage(maskedTitle, maskedBody, []);
            domain ??= outcome.Domain;
            departments ??= outcome.Routing.Units.Take(3).Where(u => u.Probability >= MinDepartmentProbability).Select(u => u.Code).ToList();
        }

        var districts = SeoulDistricts.Mentioned(text).Select(d => d.Name).ToList();
        return new AnalyzedItem(maskedTitle, maskedBody, domain, departments, districts, _phrases.Extract(text));
    }

    private string Mask(string raw, int max)
    {
        var normalized = _pipeline.Normalize(raw).Text.Trim();
        var masked = _pipeline.MaskSource(normalized);
        return masked.Length > max ? masked[..max] : masked;
    }
}
