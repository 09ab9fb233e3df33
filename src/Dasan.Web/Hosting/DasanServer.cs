using Dasan.Web.Api;
using Dasan.Web.Auth;
using Dasan.Web.Errors;
using Dasan.Web.Health;
using Dasan.Web.Open311;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.FileProviders;

namespace Dasan.Web.Hosting;

/// <summary>Builds the Dasan web server; used by <c>dasan serve</c> and by the integration tests.</summary>
public static class DasanServer
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static async Task<WebApplication> BuildAsync(string[] args, string? dataDirectory, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(DasanServer).Assembly.GetName().Name });
        builder.Configuration.AddEnvironmentVariables("DASAN_");
        var web = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        var data = DataDirectory.Resolve(dataDirectory, builder.Configuration);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Logging.ClearProviders();
        if (web.JsonLogs)
        {
            builder.Logging.AddJsonConsole(o => o.JsonWriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        // One key ring for every node, in the database (issue 16); the application name makes nodes installed in
        // different folders one application.
        builder.Services.AddDataProtection().SetApplicationName("Dasan");
        // Encrypted at rest under a key derived from the status-link secret every node shares.
        builder.Services.AddSingleton(_ => new KeyRingEncryption(InstallationKey.Load(builder.Configuration, data)));
        builder.Services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<IServiceScopeFactory, KeyRingEncryption>((o, scopes, encryption) =>
            {
                o.XmlRepository = new DatabaseKeyRepository(scopes);
                o.XmlEncryptor = encryption;
            });
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = Math.Max(web.MaxBodyBytes, web.MaxAdminUploadBytes));
        builder.Services.AddSingleton(web);
        builder.Services.AddDasanPlatform(builder.Configuration, data);
        builder.Services.AddDasanWeb(web);
        Jobs.JobsRegistration.AddDasanJobScheduler(builder.Services, builder.Configuration);
        builder.Services.AddHostedService<Audit.AuditHeadExporter>();
        customize?.Invoke(builder);

        var app = builder.Build();
        if (app.Services.GetRequiredService<Dasan.Storage.DatabaseOptions>().InitializeOnStart)
        {
            await app.Services.InitializeInstallationAsync(app.Logger, CancellationToken.None);
        }
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (ForwardedHeaders.For(app.Services.GetRequiredService<WebOptions>()) is { } forwarded)
        {
            app.UseForwardedHeaders(forwarded);
        }

        // Before the error handling, so that an error page re-executed at /error keeps the reader's language.
        app.UseRequestLocalization();
        // A person on a page gets the error page in the site's layout and language; programs get problem+json.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", AllowStatusCode404Response = true });
        app.UseWhen(Errors.PageRequests.Wants, page => page.UseStatusCodePagesWithReExecute("/error", "?status={0}"));
        app.UseWhen(http => !Errors.PageRequests.Wants(http), machine => machine.UseStatusCodePages());
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new EmbeddedFileProvider(typeof(DasanServer).Assembly, "Dasan.Web.wwwroot") });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapDasanHealth();
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapRequestsApi();
        app.MapAdminApi();
        app.MapModelsApi();
        app.MapTriageAdminApi();
        app.MapKnowledgeApi();
        app.MapAskApi();
        Dashboards.DashboardApi.MapDashboardApi(app);
        Dasan.Web.Programme.ProgrammeApi.MapProgrammeApi(app);
        Radar.RadarApi.MapRadarApi(app);
        Training.TrainingApi.MapTrainingApi(app);
        Challenges.ChallengeEndpoints.MapChallengeEndpoints(app);
        app.MapOpen311();
        app.MapCultureSwitch();
        app.MapStaffSession();
        app.MapRazorPages();
    }
}
