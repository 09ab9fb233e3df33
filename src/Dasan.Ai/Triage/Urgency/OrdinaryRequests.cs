using System.Text.Json;
using Dasan.Ai.Learning;
using Dasan.Core.Content;

namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Everyday requests as <c>normal</c> rows for the urgency models, for study (<c>urgency-probe</c> with
/// DASAN_PROBE_ORDINARY=1): the department catalog's example requests (<c>catalog/departments.json</c>, written by the
/// team) in which the word rules find no danger word at all. The training writers wrote dangers and their hard negatives,
/// nearly all with danger words in them. Not in the shipped training: leaving each writer out they cost 9 of 2,130
/// dangers at the shipped bar (ADR 0108, twenty-fourth session).
/// </summary>
public static class OrdinaryRequests
{
    private static readonly UrgencyClassifier WordRules = new(useModel: false);

    /// <summary>The catalog's examples the word rules find nothing in, labelled normal.</summary>
    public static IReadOnlyList<LabeledText> Rows() => Rows(ShippedContent.ReadText("catalog/departments.json"));

    /// <summary>The examples of a catalog document (its <c>units[].examples[]</c>) the word rules find nothing in, labelled normal.</summary>
    public static IReadOnlyList<LabeledText> Rows(string catalogJson)
    {
        using var catalog = JsonDocument.Parse(catalogJson);
        return catalog.RootElement.GetProperty("units").EnumerateArray()
            .SelectMany(u => u.TryGetProperty("examples", out var e) ? e.EnumerateArray().Select(x => x.GetString() ?? "") : [])
            .Where(t => t.Length > 0 && WordRules.Assess(t).Reason is null)
            .Distinct(StringComparer.Ordinal)
            .Select(t => new LabeledText(UrgencyModel.Text(null, t), "normal"))
            .ToList();
    }
}
