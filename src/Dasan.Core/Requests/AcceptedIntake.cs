using System.Text.Encodings.Web;
using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Intake;
using Dasan.Core.Text;

namespace Dasan.Core.Requests;

/// <summary>
/// Store-first intake (ADR 0328), for a client that asks for it (<c>Prefer: respond-async</c>): validates the
/// submission, rates its urgency, and when it is not critical appends it to the <see cref="IntakeJournal"/> and
/// answers with the tracking number at once; triage, duplicate linking and the department follow within seconds on
/// whichever node's worker takes it. A critical request, a retry with an <c>Idempotency-Key</c> and a request with an
/// external id are not deferred: the caller stores them through <see cref="RequestIntake"/> as before.
/// </summary>
public sealed class AcceptedIntake(
    IntakeJournal journal, ITextProtector text, IRequestPlacement placement, DueDateCalculator dueDates, StatusLinkSigner links, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The acknowledgement, or null when the request must be stored and triaged now.</summary>
    public async Task<AcceptedSubmission?> TryAcceptAsync(RequestSubmission submission, RequestChannel channel, Actor actor, bool idempotent)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(actor);
        SubmissionValidator.Validate(submission);
        if (idempotent || !string.IsNullOrWhiteSpace(submission.ExternalId))
        {
            return null;
        }

        var title = text.Mask(text.Clean(submission.Title!)).Text;
        var body = text.Mask(text.Clean(submission.Body!)).Text;
        if (placement.AssessUrgency(title, body) is not { } urgency || urgency == "critical")
        {
            return null;
        }

        // To the microsecond, as PostgreSQL keeps it: the acknowledgement shows the time the stored request will have.
        var clockNow = clock.GetUtcNow().UtcDateTime;
        var now = new DateTime(clockNow.Ticks - clockNow.Ticks % 10, DateTimeKind.Utc);
        var type = StatusNames.TryParse(submission.Type, out RequestType t) ? t : RequestIntake.DefaultType(channel);
        var entry = await journal.AppendAsync(new JournaledRequest
        {
            TrackingNumber = "", Channel = channel, ActorKind = actor.Kind, ActorName = actor.Name, SenderKeyId = actor.ApiKeyId, ReceivedAt = now,
            Submission = JsonSerializer.Serialize(submission with { ReceivedAt = null }, Json),
        });
        return new AcceptedSubmission(entry.TrackingNumber, links.Secret(entry.TrackingNumber), now, dueDates.DueAt(type, now), urgency);
    }

    /// <summary>The submission an entry holds.</summary>
    public static RequestSubmission Read(JournaledRequest entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return JsonSerializer.Deserialize<RequestSubmission>(entry.Submission, Json)
            ?? throw new InvalidOperationException($"Journal entry {entry.TrackingNumber} holds no submission.");
    }
}
