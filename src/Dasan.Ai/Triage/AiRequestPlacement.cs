using System.Text.Encodings.Web;
using System.Text.Json;
using Dasan.Ai.Triage.Duplicates;
using Dasan.Ai.Triage.Summary;
using Dasan.Ai.Triage.Urgency;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Departments;
using Dasan.Core.Requests;
using Dasan.Core.Triage;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Triage;

/// <summary>
/// Triage at intake, synchronously: suggests domain and departments, assigns confident requests, sends the
/// rest to the human triage desk, escalates critical ones to the duty desk with a notification, and audits
/// the suggestion as an AI decision.
/// </summary>
public sealed class AiRequestPlacement(
    DasanDbContext db, AuditTrail audit, TriageEngine engine, UrgencyClassifier urgency, ExtractiveSummarizer summarizer,
    DuplicateRegistry duplicates, ReferenceCache reference, TimeProvider clock)
    : IRequestPlacement
{
    public static readonly Actor Ai = new(ActorKind.Ai, "ai:triage");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task PlaceAsync(CitizenRequest request, Actor actor, CancellationToken ct)
    {
        var known = await reference.GetAsync(db, ct);
        var outcome = engine.Triage(request.Title, request.MaskedBody, known.ActiveRules);
        var level = urgency.Assess(request.Title, request.MaskedBody);
        var desk = known.TriageDesk ?? throw new InvalidOperationException("No triage desk department exists; the installation was not seeded.");
        var critical = level.Level == Urgency.Urgency.Critical;
        var target = critical ? Active(known, engine.Options.DutyDeskCode)
            : outcome.Department is { } chosen ? Active(known, chosen.Code) : null;

        request.Domain ??= outcome.Domain;
        request.Urgency = level.Level.ToString().ToLowerInvariant();
        request.DepartmentId = (target ?? desk).Id;
        var suggestion = TriageRecord.Suggestion(request, outcome, level, target is not null && !critical, clock.GetUtcNow().UtcDateTime, Json);
        if (request.MaskedBody.Length > 300)
        {
            suggestion.Summary = summarizer.Summarize(request.MaskedBody).Text;
        }

        db.TriageSuggestions.Add(suggestion);
        await LinkDuplicatesAsync(request, ct);
        audit.Record(Ai, "triage.suggested", "request", request.TrackingNumber, null, new
        {
            outcome.Domain, department = outcome.Department?.Code, confidence = Math.Round(outcome.Confidence, 3), urgency = request.Urgency,
            candidates = outcome.Top3.Select(u => new { u.Code, score = Math.Round(u.Probability, 3) }), rule = outcome.Rule, router = outcome.RouterVersion,
        });
        if (target is not null)
        {
            Assign(request, target, critical, outcome, level);
        }
    }

    public string? AssessUrgency(string title, string maskedBody) => urgency.Assess(title, maskedBody).Level.ToString().ToLowerInvariant();

    /// <summary>An active department by code; the triage desk counts whether or not it is marked active.</summary>
    private static Department? Active(ReferenceSnapshot known, string code) =>
        known.ActiveByCode(code) ?? (known.TriageDesk is { } desk && desk.Code == code ? desk : null);

    public void OnSaved(CitizenRequest request)
    {
        if (request.Fingerprint is { } bytes)
        {
            duplicates.Add(request.Id, DuplicateFingerprint.FromBytes(bytes), request.ReceivedAt);
        }
    }

    /// <summary>Links the request to the cluster of the most similar recent open request, if any is similar enough.</summary>
    private async Task LinkDuplicatesAsync(CitizenRequest request, CancellationToken ct)
    {
        var index = await duplicates.IndexAsync(db, ct);
        var fingerprint = duplicates.Hasher.Fingerprint(request.Title + "\n" + request.MaskedBody);
        request.Fingerprint = fingerprint.ToBytes();
        var matches = index.FindSimilar(fingerprint, 5);
        if (matches.Count == 0)
        {
            return;
        }

        var ids = matches.Select(m => m.Id).ToList();
        var open = await db.Requests.AsNoTracking()
            .Where(RequestLifecycle.OpenRequest).Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.ClusterId, r.TrackingNumber }).ToListAsync(ct);
        var best = matches.Select(m => (m, r: open.FirstOrDefault(o => o.Id == m.Id))).FirstOrDefault(x => x.r is not null);
        if (best.r is null)
        {
            return;
        }

        request.ClusterId = best.r.ClusterId ?? best.r.Id;
        if (best.r.ClusterId is null)
        {
            await db.Requests.Where(r => r.Id == best.r.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.ClusterId, best.r.Id), ct);
        }

        audit.Record(Ai, "triage.duplicate_linked", "request", request.TrackingNumber, null,
            new { similarTo = best.r.TrackingNumber, similarity = Math.Round(best.m.Similarity, 3), cluster = request.ClusterId });
    }

    private void Assign(CitizenRequest request, Department target, bool critical, TriageOutcome outcome, UrgencyAssessment level)
    {
        request.Status = RequestStatus.Assigned;
        var note = critical
            ? $"긴급: {level.Reason ?? string.Join(", ", level.Cues)} — 당직 부서로 즉시 이관"
            : $"AI 자동 배정 (신뢰도 {outcome.Confidence:P0})";
        request.Events.Add(new RequestEvent
        {
            At = request.ReceivedAt, Kind = critical ? "escalated" : "assigned", Actor = Ai.Name, FromStatus = RequestStatus.Received,
            ToStatus = RequestStatus.Assigned, DepartmentId = target.Id, Note = note,
        });
        audit.Record(Ai, critical ? "request.escalated" : "request.assigned", "request", request.TrackingNumber,
            new { status = "received" }, new { status = "assigned", department = target.Code, critical });
        if (critical)
        {
            db.Notifications.Add(new Notification
            {
                DepartmentId = target.Id, Request = request, Kind = "critical",
                Message = $"{(request.Title.Contains("긴급", StringComparison.Ordinal) ? "" : "[긴급] ")}{request.Title} ({level.Reason ?? string.Join(", ", level.Cues)})", At = clock.GetUtcNow().UtcDateTime,
            });
        }
    }
}
