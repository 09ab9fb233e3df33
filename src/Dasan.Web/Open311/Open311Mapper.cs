using System.Globalization;
using Dasan.Core.Departments;
using Dasan.Core.Requests;

namespace Dasan.Web.Open311;

/// <summary>Maps a request to its public GeoReport v2 form: masked description, Korean-time timestamps.</summary>
public static class Open311Mapper
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    public static Open311Request ToOpen311(CitizenRequest r) => new(
        r.TrackingNumber,
        r.IsOpen ? "open" : "closed",
        StatusNames.Korean(r.Status) + (r.StatusReason is { Length: > 0 } reason && r.Status == RequestStatus.Rejected ? $": {reason}" : ""),
        ServiceOf(r) is { } code && Domains.Korean.TryGetValue(code, out var name) ? name : null,
        ServiceOf(r),
        r.MaskedBody,
        r.Department?.Name,
        Notice(r),
        W3(r.ReceivedAt),
        W3(r.UpdatedAt),
        W3(r.DueAt),
        r.Address is null ? null : "(비공개 / withheld)",
        r.Latitude is { } lat ? Math.Round(lat, 3) : null,
        r.Longitude is { } lon ? Math.Round(lon, 3) : null,
        null);

    /// <summary>
    /// The request's service (the 12 domains): the one the Open311 client chose, or else the domain the AI triage or a person
    /// set, so a request that came through the web form or the API is found under its service too.
    /// </summary>
    public static string? ServiceOf(CitizenRequest r) => r.ServiceCode ?? r.Domain;

    /// <summary>The service notice: an emergency call advice first when the request is critical, then the tracking number and due date.</summary>
    public static string Notice(CitizenRequest r) =>
        (EmergencyAdvice.For(r) is { } emergency ? emergency.Message + " " : "")
        + $"접수번호 {r.TrackingNumber}. 처리 기한은 {W3(r.DueAt)[..16].Replace('T', ' ')} (한국시간)입니다. (Due {W3(r.DueAt)}.)";

    private static string W3(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Kst).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
