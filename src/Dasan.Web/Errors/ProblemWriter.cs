using Microsoft.AspNetCore.Mvc;

namespace Dasan.Web.Errors;

/// <summary>Writes an RFC 9457 problem+json response outside the exception pipeline; a page request only gets the status, and the error page.</summary>
public static class ProblemWriter
{
    public static async Task WriteAsync(HttpContext http, int status, string detail, CancellationToken ct)
    {
        if (http.Response.HasStarted)
        {
            return;
        }

        http.Response.StatusCode = status;
        if (PageRequests.Wants(http))
        {
            // The status code pages render the error page (/error) in the site's layout and language.
            return;
        }

        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
