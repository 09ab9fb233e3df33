using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Triage;

/// <summary>
/// Turns staff routing decisions into training examples: a reassignment away from the AI's choice is an
/// override (audited as such), a human routing of an abstained request is a routed example, and an answer
/// given by the department a request sits in confirms that routing.
/// </summary>
public sealed class RoutingFeedback(DasanDbContext db, AuditTrail audit, TimeProvider clock)
{
    public const string Task = "routing";

    public async Task OnReassignedAsync(Actor actor, CitizenRequest request, string targetCode, CancellationToken ct)
    {
        var suggestion = await db.TriageSuggestions.Where(s => s.RequestId == request.Id).OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct);
        var overridden = suggestion?.DepartmentCode is { } suggested && suggested != targetCode && suggestion.OverriddenAt is null;
        if (overridden)
        {
            suggestion!.OverriddenAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(actor, "triage.overridden", "request", request.TrackingNumber,
                new { department = suggestion.DepartmentCode, suggestion.Confidence }, new { department = targetCode });
        }

        Add(request, targetCode, overridden ? "override" : "routed");
    }

    public void OnAnswered(CitizenRequest request)
    {
        if (request.Department is { IsTriageDesk: false } dept)
        {
            Add(request, dept.Code, "confirmed");
        }
    }

    private void Add(CitizenRequest request, string label, string source) =>
        db.TrainingExamples.Add(new TrainingExample
        {
            Task = Task, Text = request.Title + "\n" + request.MaskedBody, Label = label, Source = source,
            RequestId = request.Id, At = clock.GetUtcNow().UtcDateTime,
        });
}
