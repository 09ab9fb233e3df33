using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Intake;
using Dasan.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Requests;

/// <summary>
/// Receives a request from any channel: validates, cleans and masks the text, allocates the tracking
/// number and legal due date, places it in a department queue, and audits it — in one transaction.
/// </summary>
public sealed class RequestIntake(
    DasanDbContext db,
    AuditTrail audit,
    ITextProtector text,
    DueDateCalculator dueDates,
    StatusLinkSigner links,
    IRequestPlacement placement,
    Dashboards.IDistrictLocator districts,
    ReferenceCache reference,
    TimeProvider clock)
{
    /// <summary>The history note of a request whose text was masked, before the list of what was masked.</summary>
    public const string MaskedNote = "개인정보 보호를 위해 일부 내용이 가려졌습니다";

    public async Task<SubmissionResult> SubmitAsync(
        RequestSubmission submission, RequestChannel channel, Actor actor, string? idempotencyScope, string? idempotencyKey, CancellationToken ct)
    {
        SubmissionValidator.Validate(submission);
        if (idempotencyKey is not null && idempotencyScope is not null)
        {
            var earlier = await FindReplayAsync(idempotencyScope, idempotencyKey, ct);
            if (earlier is not null)
            {
                return earlier;
            }
        }

        // An integration's id names one request of its channel: sending it again is a retry, answered with the request stored.
        var externalId = Trimmed(submission.ExternalId);
        if (externalId is not null && await FindByExternalIdAsync(channel, externalId, actor, ct) is { } stored)
        {
            return stored;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var received = (channel == RequestChannel.Import || actor.Kind == ActorKind.System) && submission.ReceivedAt is { } at ? at : now;
        var request = Build(submission, channel, actor, await TrackingNumberAllocator.NextAsync(db, TrackingNumberAllocator.YearOf(received), ct), received, now);
        await placement.PlaceAsync(request, actor, ct);
        if (idempotencyKey is not null && idempotencyScope is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord { Scope = idempotencyScope, Key = idempotencyKey, CreatedAt = now, Request = request });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null && idempotencyScope is not null)
        {
            db.ChangeTracker.Clear();
            return await FindReplayAsync(idempotencyScope, idempotencyKey, ct)
                ?? (externalId is null ? null : await FindByExternalIdAsync(channel, externalId, actor, ct))
                ?? throw new InvalidOperationException("Idempotent insert failed.");
        }
        catch (DbUpdateException) when (externalId is not null)
        {
            // The same id sent twice at once: the other insert won.
            db.ChangeTracker.Clear();
            return await FindByExternalIdAsync(channel, externalId, actor, ct) ?? throw new InvalidOperationException("Insert with an external id failed.");
        }

        placement.OnSaved(request);
        var department = request.DepartmentId is { } id ? (await reference.GetAsync(db, ct)).ById(id) : null;
        if (department is null)
        {
            await db.Entry(request).Reference(r => r.Department).LoadAsync(ct);
        }

        return new SubmissionResult(request, links.Secret(request.TrackingNumber), false) { DepartmentName = department?.Name ?? request.Department?.Name };
    }

    /// <summary>
    /// Stores a request acknowledged earlier without triage (ADR 0328) under its tracking number and time of receipt,
    /// placed and audited as at intake, and deletes its journal entry in the same save: if another worker stored it
    /// first, the save fails as a whole (the tracking number is unique, the entry already gone) and nothing is doubled.
    /// </summary>
    /// <param name="entry">The journal entry.</param>
    /// <param name="submission">What it holds, validated when it was acknowledged.</param>
    /// <param name="fallback">A placement to use instead of the configured one (the journal's last attempt: the triage desk).</param>
    /// <param name="ct">Cancels the work.</param>
    public async Task<CitizenRequest> MaterialiseAsync(JournaledRequest entry, RequestSubmission submission, IRequestPlacement? fallback, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var actor = new Actor(entry.ActorKind, entry.ActorName);
        var request = Build(submission, entry.Channel, actor, entry.TrackingNumber, entry.ReceivedAt, clock.GetUtcNow().UtcDateTime);
        var place = fallback ?? placement;
        await place.PlaceAsync(request, actor, ct);
        if (fallback is not null)
        {
            audit.Record(actor, "triage.skipped", "request", request.TrackingNumber, null,
                new { reason = "journal attempts failed", attempts = entry.Attempts, lastError = entry.LastError });
        }

        db.IntakeJournal.Attach(entry);
        db.IntakeJournal.Remove(entry);
        await db.SaveChangesAsync(ct);
        place.OnSaved(request);
        return request;
    }

    /// <summary>The request row, its "received" event and audit event, not yet placed or saved.</summary>
    private CitizenRequest Build(RequestSubmission submission, RequestChannel channel, Actor actor, string trackingNumber, DateTime received, DateTime now)
    {
        var type = StatusNames.TryParse(submission.Type, out RequestType t) ? t : DefaultType(channel);
        var body = text.Clean(submission.Body!);
        var masked = text.Mask(body);
        var request = new CitizenRequest
        {
            TrackingNumber = trackingNumber,
            Title = text.Mask(text.Clean(submission.Title!)).Text,
            Body = submission.Body!.Trim(),
            MaskedBody = masked.Text,
            Channel = channel,
            Type = type,
            Status = RequestStatus.Received,
            ContactName = Trimmed(submission.ContactName),
            ContactPhone = Trimmed(submission.ContactPhone),
            ContactEmail = Trimmed(submission.ContactEmail),
            Address = Trimmed(submission.Address),
            Latitude = submission.Latitude,
            Longitude = submission.Longitude,
            District = districts.Locate(submission.Address, submission.Title + "\n" + body, submission.Latitude, submission.Longitude),
            ServiceCode = Trimmed(submission.ServiceCode),
            ExternalId = Trimmed(submission.ExternalId),
            ReceivedAt = received,
            UpdatedAt = now,
            DueAt = dueDates.DueAt(type, received),
        };
        request.Events.Add(new RequestEvent
        {
            At = received, Kind = "received", Actor = actor.Name, ToStatus = RequestStatus.Received,
            Note = masked.FoundTypes.Count > 0 ? MaskedNote + ": " + string.Join(", ", masked.FoundTypes.Select(KoreanName)) : null,
        });
        db.Requests.Add(request);
        audit.Record(actor, "request.received", "request", request.TrackingNumber, null, new
        {
            Status = "received", request.TrackingNumber, Channel = channel.ToString().ToLowerInvariant(),
            Type = StatusNames.Code(type), request.DueAt, MaskedTypes = masked.FoundTypes,
        });
        return request;
    }

    /// <summary>
    /// The request stored under <paramref name="externalId"/> on the channel when the same sender stored it (a retry);
    /// another sender's id is a conflict, told without anything of the stored request.
    /// </summary>
    private async Task<SubmissionResult?> FindByExternalIdAsync(RequestChannel channel, string externalId, Actor actor, CancellationToken ct)
    {
        var found = await db.Requests.AsNoTracking().Include(r => r.Department)
            .Where(r => r.Channel == channel && r.ExternalId == externalId)
            .Select(r => new { Request = r, Sender = r.Events.Where(e => e.Kind == "received").Select(e => e.Actor).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        if (!string.Equals(found.Sender, actor.Name, StringComparison.Ordinal))
        {
            throw new RequestRuleException("이 외부 번호는 이 채널에서 다른 발신자가 이미 썼습니다. 다른 번호로 보내 주세요. (externalId is already used by another sender on this channel.)");
        }

        var request = found.Request;
        return new SubmissionResult(request, links.Secret(request.TrackingNumber), true) { DepartmentName = request.Department?.Name };
    }

    private async Task<SubmissionResult?> FindReplayAsync(string scope, string key, CancellationToken ct)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(i => i.Scope == scope && i.Key == key, ct);
        if (record is null)
        {
            return null;
        }

        var request = await db.Requests.AsNoTracking().Include(r => r.Department).FirstAsync(r => r.Id == record.RequestId, ct);
        return new SubmissionResult(request, links.Secret(request.TrackingNumber), true) { DepartmentName = request.Department?.Name };
    }

    internal static RequestType DefaultType(RequestChannel channel) =>
        channel == RequestChannel.Import ? RequestType.Suggestion : RequestType.Grievance;

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The kind of personal data as staff read it (전화번호, not PhoneNumber).</summary>
    private static string KoreanName(string type) => type switch
    {
        "ResidentRegistrationNumber" => "주민등록번호",
        "AlienRegistrationNumber" => "외국인등록번호",
        "PhoneNumber" => "전화번호",
        "Email" => "이메일",
        "CardNumber" => "카드번호",
        "BankAccount" => "계좌번호",
        "PassportNumber" => "여권번호",
        "DriverLicenseNumber" => "운전면허번호",
        "VehiclePlate" => "차량번호",
        "Address" => "주소",
        "IpAddress" => "IP 주소",
        "PersonName" => "이름",
        "BirthDate" => "생년월일",
        _ => "기타 개인정보",
    };
}
