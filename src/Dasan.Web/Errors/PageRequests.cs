namespace Dasan.Web.Errors;

/// <summary>
/// Whether a failed request came from a person's browser on a page (an error page in the site's layout and language)
/// or from a program (RFC 9457 problem+json, as the API documents).
/// </summary>
public static class PageRequests
{
    private static readonly string[] MachinePrefixes = ["/api", "/open311", "/metrics", "/health", "/challenges/feed.xml", "/culture"];

    public static bool Wants(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var path = http.Request.Path;
        if (MachinePrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return http.Request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
    }
}
