using System.Text.Json;
using Dasan.Ai.Triage.Urgency;
using Dasan.Core.Requests;
using Dasan.Core.Triage;

namespace Dasan.Ai.Triage;

/// <summary>Builds the stored <see cref="TriageSuggestion"/> (candidates and evidence as JSON) from an outcome.</summary>
internal static class TriageRecord
{
    public static TriageSuggestion Suggestion(CitizenRequest request, TriageOutcome outcome, UrgencyAssessment urgency, bool autoAssigned, DateTime at, JsonSerializerOptions json) => new()
    {
        Request = request,
        At = at,
        Domain = outcome.Domain,
        DepartmentCode = outcome.Department?.Code,
        Confidence = outcome.Confidence,
        Urgency = urgency.Level.ToString().ToLowerInvariant(),
        AutoAssigned = autoAssigned,
        CandidatesJson = JsonSerializer.Serialize(outcome.Top3.Select(u => new { u.Code, u.Name, u.Domain, score = Math.Round(u.Probability, 4) }), json),
        EvidenceJson = JsonSerializer.Serialize(new { routing = outcome.Routing.Evidence, urgency = new { urgency.Reason, urgency.Cues }, rule = outcome.Rule }, json),
        RouterVersion = outcome.RouterVersion,
    };
}
