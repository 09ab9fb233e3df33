using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Infrastructure;

/// <summary>Clients for a host: the in-memory handler of a test server, or plain HTTP to Kestrel.</summary>
public static class TestClients
{
    public static HttpClient GetTestClientOrNew(this WebApplication app, string baseUrl) =>
        app.Services.GetRequiredService<IServer>() is TestServer server
            ? server.CreateClient()
            : new HttpClient { BaseAddress = new Uri(baseUrl) };
}
