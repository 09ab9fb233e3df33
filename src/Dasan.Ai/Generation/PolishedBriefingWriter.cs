using System.Text.RegularExpressions;
using Dasan.Core.Radar;

namespace Dasan.Ai.Generation;

/// <summary>
/// The radar's briefing writer when a language model is configured: the extractive briefing is written first,
/// each of its paragraphs becomes numbered evidence, and the model's rewrite is kept only when every [n] names
/// one (<see cref="BriefingPolisher"/>). A polished paragraph cites the radar items of the evidence it names, so
/// the radar's own citation check still applies. Without a model, or when it fails, the extractive text stands.
/// </summary>
public sealed partial class PolishedBriefingWriter(IBriefingWriter extractive, BriefingPolisher polisher) : IBriefingWriter
{
    public async Task<BriefingText> WriteAsync(Briefing briefing, CancellationToken ct)
    {
        var draft = await extractive.WriteAsync(briefing, ct);
        if (!polisher.Enabled || draft.Paragraphs.Count == 0)
        {
            return draft;
        }

        var evidence = draft.Paragraphs.Select(p => p.Text).ToList();
        var polished = await polisher.PolishAsync(draft.Headline, evidence, string.Join("\n", evidence), ct);
        if (polished is null)
        {
            return draft;
        }

        var paragraphs = polished.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(text => new BriefingParagraph(text, Cited(text).Where(n => n <= draft.Paragraphs.Count)
                .SelectMany(n => draft.Paragraphs[n - 1].Citations).Distinct().ToList()))
            .ToList();
        return new BriefingText(draft.Headline, paragraphs, "llm");
    }

    private static IEnumerable<int> Cited(string text) =>
        Citation().Matches(text).SelectMany(m => m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries)).Select(int.Parse).Where(n => n >= 1);

    [GeneratedRegex(@"\[(\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*)\]")]
    private static partial Regex Citation();
}
