using Microsoft.AspNetCore.Mvc;

namespace Dasan.Web.Errors;

/// <summary>Writes an RFC 9457 problem+json response outside the exception pipeline.</summary>
public static class ProblemWriter
{
    public static async Task WriteAsync(HttpContext http, int status, string detail, CancellationToken ct)
    {
        if (http.Response.HasStarted)
        {
            return;
        }

        http.Response.StatusCode = status;
        var writer = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
