using System.Text.Json;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Staff;

/// <summary>The AI's suggestion for a request as the staff page shows it: candidates, evidence, urgency and summary.</summary>
public sealed record TriageView(
    string Domain, double Confidence, bool AutoAssigned, string Urgency, string? Summary, string Router,
    IReadOnlyList<TriageCandidateView> Candidates, DateTime? OverriddenAt)
{
    public static async Task<TriageView?> LoadAsync(DasanDbContext db, long requestId, CancellationToken ct)
    {
        var s = await db.TriageSuggestions.AsNoTracking().Where(t => t.RequestId == requestId).OrderByDescending(t => t.Id).FirstOrDefaultAsync(ct);
        if (s is null)
        {
            return null;
        }

        using var candidates = JsonDocument.Parse(s.CandidatesJson);
        using var evidence = JsonDocument.Parse(s.EvidenceJson);
        var byCode = evidence.RootElement.GetProperty("routing").EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!, e => e.Clone());
        var list = candidates.RootElement.EnumerateArray().Select(c =>
        {
            var code = c.GetProperty("code").GetString()!;
            byCode.TryGetValue(code, out var ev);
            return TriageCandidateView.From(c, ev);
        }).ToList();
        return new TriageView(s.Domain, s.Confidence, s.AutoAssigned, s.Urgency, s.Summary, s.RouterVersion, list, s.OverriddenAt);
    }
}
