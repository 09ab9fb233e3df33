using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Dasan.Web.Errors;

/// <summary>Exceptions become ProblemDetails (<see cref="ProblemMapping"/>) for programs, and the error page for people on a page.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var problem = ProblemMapping.For(exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Request failed with {Status}", problem.Status);
        }

        if (PageRequests.Wants(http))
        {
            // A person on a page gets the error page (/error) in the site's layout and language.
            return false;
        }

        if (problem.Status == 503)
        {
            http.Response.Headers.RetryAfter = "30";
        }

        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }
}
