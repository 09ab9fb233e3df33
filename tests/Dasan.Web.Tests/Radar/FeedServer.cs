using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dasan.Web.Tests.Radar;

/// <summary>A local HTTP server the feed tests start: serves what each test sets per path, counting conditional requests.</summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FeedServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }
    public ConcurrentDictionary<string, Func<HttpContext, Task>> Routes { get; } = new();
    public ConcurrentBag<string> ConditionalHeaders { get; } = [];

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FeedServer? server = null;
        app.Run(async ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch.Count > 0)
            {
                server!.ConditionalHeaders.Add("If-None-Match: " + ctx.Request.Headers.IfNoneMatch);
            }

            if (server!.Routes.TryGetValue(ctx.Request.Path, out var handler))
            {
                await handler(ctx);
            }
            else
            {
                ctx.Response.StatusCode = 404;
            }
        });
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FeedServer(app, url);
        return server;
    }

    public void Serve(string path, string body, string contentType = "application/rss+xml; charset=utf-8", string? etag = null) =>
        Routes[path] = async ctx =>
        {
            if (etag is not null && ctx.Request.Headers.IfNoneMatch == etag)
            {
                ctx.Response.StatusCode = 304;
                return;
            }

            if (etag is not null)
            {
                ctx.Response.Headers.ETag = etag;
            }

            ctx.Response.ContentType = contentType;
            await ctx.Response.WriteAsync(body);
        };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
