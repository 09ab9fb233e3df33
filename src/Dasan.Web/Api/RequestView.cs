using Dasan.Core.Requests;

namespace Dasan.Web.Api;

/// <summary>A request as the staff API shows it: the masked body only.</summary>
public sealed record RequestView(
    long Id, string TrackingNumber, string Title, string Body, string Type, string Status, string Channel,
    string? DepartmentCode, string? Department, DateTime ReceivedAt, DateTime DueAt, bool Overdue, string? Answer,
    string? StatusReason, double? Latitude, double? Longitude, string? Domain, string Urgency, long? ClusterId, IReadOnlyList<EventView>? Events)
{
    public static RequestView Of(CitizenRequest r, DateTime now, bool withEvents = false) => new(
        r.Id, r.TrackingNumber, r.Title, r.MaskedBody, StatusNames.Code(r.Type), StatusNames.Code(r.Status),
        r.Channel.ToString().ToLowerInvariant(), r.Department?.Code, r.Department?.Name, r.ReceivedAt, r.DueAt, r.IsOverdue(now),
        r.Answer, r.StatusReason, r.Latitude, r.Longitude, r.Domain, r.Urgency, r.ClusterId,
        withEvents ? r.Events.Select(e => new EventView(e.At, e.Kind, e.Actor, e.FromStatus is { } f ? StatusNames.Code(f) : null,
            StatusNames.Code(e.ToStatus), e.Note)).ToList() : null);
}
