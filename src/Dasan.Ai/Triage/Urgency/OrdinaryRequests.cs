using System.Text.Json;
using Dasan.Ai.Learning;
using Dasan.Core.Content;

namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Everyday requests as <c>normal</c> rows for the urgency models (ADR 0108): the department catalog's example requests
/// (<c>catalog/departments.json</c>) and the everyday texts written for the models (<c>content/urgency/ordinary-*.jsonl</c>),
/// both written by the team, in which the word rules find no danger word at all. The training writers wrote dangers and
/// their hard negatives, nearly all with danger words in them; without everyday business the models rated one real citizen
/// text in ten critical, and a bare self-introduction at 100 %.
/// </summary>
public static class OrdinaryRequests
{
    private static readonly UrgencyClassifier WordRules = new(useModel: false);

    /// <summary>The catalog's examples and the written everyday texts the word rules find nothing in, labelled normal.</summary>
    public static IReadOnlyList<LabeledText> Rows() => [.. Rows(ShippedContent.ReadText("catalog/departments.json")), .. Written()];

    /// <summary>
    /// The everyday texts written for the models (<c>content/urgency/ordinary-*.jsonl</c>: self-introductions, proposals,
    /// complaints about staff, lost property, reactions) in which the word rules find no danger word, labelled normal. With
    /// the danger-word figures of speech too (시끄러워 죽겠어요, 비명 지르며 놀아요), leaving one writer out lost more dangers.
    /// </summary>
    public static IReadOnlyList<LabeledText> Written() =>
        ShippedContent.List("urgency/").Where(p => Path.GetFileName(p).StartsWith("ordinary-", StringComparison.Ordinal) && p.EndsWith(".jsonl", StringComparison.Ordinal))
            .SelectMany(UrgencyModel.Rows)
            .Where(r => WordRules.Assess(r.Text).Reason is null)
            .ToList();

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
