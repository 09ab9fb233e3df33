using Dasan.Core.Requests;

namespace Dasan.Web.Api;

/// <summary>Builds the answer to a submission, with the absolute status link.</summary>
public static class SubmittedViews
{
    public static string StatusPath(string trackingNumber, string secret) => $"/track/{trackingNumber}?k={Uri.EscapeDataString(secret)}";

    public static SubmittedView Of(HttpContext http, SubmissionResult result)
    {
        var r = result.Request;
        var url = $"{http.Request.Scheme}://{http.Request.Host}{StatusPath(r.TrackingNumber, result.StatusSecret)}";
        return new SubmittedView(r.TrackingNumber, r.Id, url, r.DueAt, StatusNames.Code(r.Status), r.Department?.Name, result.Replayed,
            r.Urgency, EmergencyAdvice.For(r));
    }
}
