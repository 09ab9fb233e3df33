using Dasan.Web.Hosting;

namespace Dasan.Web.Errors;

/// <summary>
/// Answers 413 before reading a body whose declared length is over the limit (Kestrel enforces the rest). Admin API
/// calls and the file uploads of the programme pages (portfolio and training-roster imports) get the upload limit.
/// </summary>
public sealed class BodySizeLimitMiddleware(RequestDelegate next, WebOptions options)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            // The error page re-executed for a refused request: nothing of its body is read.
            http.Request.Body = Stream.Null;
            http.Request.ContentLength = 0;
            return next(http);
        }

        var limit = IsUpload(http.Request) ? options.MaxAdminUploadBytes : options.MaxBodyBytes;
        if (http.Request.ContentLength is { } length && length > limit)
        {
            // The client may still be sending the body: close the connection after the answer rather than read it.
            http.Response.Headers.Connection = "close";
            return ProblemWriter.WriteAsync(http, StatusCodes.Status413PayloadTooLarge,
                $"요청 본문이 너무 큽니다({length:N0} 바이트, 최대 {limit:N0}). (Request body too large.)", http.RequestAborted);
        }

        if (http.Request.Body.CanRead)
        {
            http.Request.Body = new LimitedReadStream(http.Request.Body, limit);
        }

        return next(http);
    }

    private static bool IsUpload(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/v1/admin", StringComparison.OrdinalIgnoreCase)
        || (request.Path.StartsWithSegments("/programme", StringComparison.OrdinalIgnoreCase) && request.HasFormContentType
            && request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase));
}
