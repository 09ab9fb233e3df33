using Dasan.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Programme;

/// <summary>A Kestrel server on a fresh SQLite data directory (the real training summary of the seeded roster).</summary>
public sealed class ProgrammeHost : IAsyncDisposable
{
    private ProgrammeHost(WebApplication app, string baseUrl) => (App, BaseUrl) = (app, baseUrl);

    public WebApplication App { get; }
    public string BaseUrl { get; }

    public static async Task<ProgrammeHost> StartAsync()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-programme-").FullName;
        string[] args = [$"--Dasan:Seed:AdminPassword={Infrastructure.DasanHost.AdminPassword}", "--Dasan:Web:JsonLogs=false",
            "--Dasan:Web:PublicPermitsPerMinute=10000", "--Logging:LogLevel:Default=Warning", "--urls=http://127.0.0.1:0"];
        var app = await DasanServer.BuildAsync(args, dir);
        await app.StartAsync();
        return new ProgrammeHost(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
