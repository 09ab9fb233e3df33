using Dasan.Web.Errors;
using Dasan.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Errors;

public sealed class BodySizeLimitTests
{
    private static readonly WebOptions Options = new() { MaxBodyBytes = 256 * 1024, MaxAdminUploadBytes = 8 * 1024 * 1024 };

    [Theory]
    [InlineData("/programme/training/admin", "multipart/form-data; boundary=x", true)]
    [InlineData("/programme", "multipart/form-data; boundary=x", true)]
    [InlineData("/api/v1/admin/knowledge/documents", "text/markdown", true)]
    [InlineData("/programme", "application/x-www-form-urlencoded", false)]
    [InlineData("/requests/new", "multipart/form-data; boundary=x", false)]
    [InlineData("/api/v1/requests", "application/json", false)]
    public async Task Invoke_WithAOneMegabyteBody_AllowsOnlyUploads(string path, string contentType, bool allowed)
    {
        var passed = false;
        var middleware = new BodySizeLimitMiddleware(_ => { passed = true; return Task.CompletedTask; }, Options);
        await using var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Method = "POST";
        http.Request.Path = path;
        http.Request.ContentType = contentType;
        http.Request.ContentLength = 1024 * 1024;
        http.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(http);

        Assert.Equal(allowed, passed);
        Assert.Equal(allowed ? StatusCodes.Status200OK : StatusCodes.Status413PayloadTooLarge, http.Response.StatusCode);
    }
}
