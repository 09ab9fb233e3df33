using Dasan.Core.Requests;

namespace Dasan.Web.Api;

/// <summary>Builds the answer to a submission, with the absolute status link.</summary>
public static class SubmittedViews
{
    /// <summary>
    /// <c>Dasan:Web:PublicBaseUrl</c> when configured (issue 15); otherwise the Host header only when it names a host the
    /// server is configured for (<c>AllowedHosts</c>, a loopback address in development); otherwise nothing (a relative link).
    /// </summary>
    public static string BaseUrl(HttpContext http)
    {
        var web = http.RequestServices.GetRequiredService<Hosting.WebOptions>();
        if (web.PublicBaseUrl is { Length: > 0 } configured)
        {
            return configured.TrimEnd('/');
        }

        var host = http.Request.Host;
        return host.HasValue && (host.Host is "localhost" or "127.0.0.1" or "[::1]" || AllowedHost(http, host.Host))
            ? $"{http.Request.Scheme}://{host}"
            : "";
    }

    private static bool AllowedHost(HttpContext http, string host)
    {
        var allowed = http.RequestServices.GetRequiredService<IConfiguration>()["AllowedHosts"];
        return allowed is { Length: > 0 } && allowed != "*"
            && allowed.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(host, StringComparer.OrdinalIgnoreCase);
    }

    public static string StatusPath(string trackingNumber, string secret) => $"/track/{trackingNumber}?k={Uri.EscapeDataString(secret)}";

    public static SubmittedView Of(HttpContext http, SubmissionResult result)
    {
        var r = result.Request;
        var url = BaseUrl(http) + StatusPath(r.TrackingNumber, result.StatusSecret);
        return new SubmittedView(r.TrackingNumber, r.Id, url, r.DueAt, StatusNames.Code(r.Status), result.DepartmentName, result.Replayed,
            r.Urgency, EmergencyAdvice.For(r));
    }
}
