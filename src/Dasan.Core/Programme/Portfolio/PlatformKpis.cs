using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>Computes the live KPIs of Dasan's own AI (ADR 0204) from triage suggestions, requests and the assistant's answer log.</summary>
public sealed class PlatformKpis(DasanDbContext db)
{
    public async Task<LiveKpi> ComputeAsync(string key, CancellationToken ct) => key switch
    {
        "triage.auto_share" => await TriageShareAsync(key, overrides: false, ct),
        "triage.override_share" => await TriageShareAsync(key, overrides: true, ct),
        "triage.first_answer_hours" => await FirstAnswerAsync(key, ct),
        "assistant.cited_share" => await AnswerShareAsync(key, cited: true, ct),
        "assistant.refusal_share" => await AnswerShareAsync(key, cited: false, ct),
        _ => LiveKpi.Missing(key, "이 지표를 측정할 기능이 아직 없습니다. (The feature that would measure this does not exist yet.)"),
    };

    private async Task<LiveKpi> TriageShareAsync(string key, bool overrides, CancellationToken ct)
    {
        var all = db.TriageSuggestions.AsQueryable();
        var total = overrides ? await all.CountAsync(s => s.AutoAssigned, ct) : await all.CountAsync(ct);
        if (total == 0)
        {
            return LiveKpi.Missing(key, overrides
                ? "AI가 자동 배정한 민원이 아직 없습니다. (No request has been auto-assigned yet.)"
                : "AI 민원분류 기록이 아직 없습니다. (The triage router has not classified any request yet.)");
        }

        var hits = overrides ? await all.CountAsync(s => s.AutoAssigned && s.OverriddenAt != null, ct) : await all.CountAsync(s => s.AutoAssigned, ct);
        return new LiveKpi(key, null, Math.Round(100.0 * hits / total, 1), total);
    }

    /// <summary>Median hours from receipt to first answer: baseline = requests the AI did not place, actual = requests it placed.</summary>
    private async Task<LiveKpi> FirstAnswerAsync(string key, CancellationToken ct)
    {
        var rows = await db.Requests.Where(r => r.AnsweredAt != null)
            .Select(r => new { r.ReceivedAt, Answered = r.AnsweredAt!.Value, Ai = db.TriageSuggestions.Any(s => s.RequestId == r.Id && s.AutoAssigned) })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return LiveKpi.Missing(key, "답변된 민원이 아직 없습니다. (No request has been answered yet.)");
        }

        double? Median(bool ai) => MedianOf(rows.Where(r => r.Ai == ai).Select(r => (r.Answered - r.ReceivedAt).TotalHours).ToList());
        return new LiveKpi(key, Median(false), Median(true), rows.Count);
    }

    private async Task<LiveKpi> AnswerShareAsync(string key, bool cited, CancellationToken ct)
    {
        var total = await db.AssistantAnswers.CountAsync(ct);
        if (total == 0)
        {
            return LiveKpi.Missing(key, "기록된 지식도우미 답변이 아직 없습니다. (The knowledge assistant has not answered yet.)");
        }

        var hits = cited ? await db.AssistantAnswers.CountAsync(a => a.Citations > 0, ct) : await db.AssistantAnswers.CountAsync(a => a.Refused, ct);
        return new LiveKpi(key, null, Math.Round(100.0 * hits / total, 1), total);
    }

    public static double? MedianOf(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return Math.Round(sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, 1);
    }
}
