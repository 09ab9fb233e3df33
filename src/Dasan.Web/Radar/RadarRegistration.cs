using Dasan.Ai.Radar;
using Dasan.Core.Radar;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dasan.Web.Radar;

/// <summary>The issue radar's services, shared by the server and the CLI (the background collector is added by the server only).</summary>
public static class RadarRegistration
{
    public static IServiceCollection AddDasanRadar(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RadarOptions.Section).Get<RadarOptions>() ?? new RadarOptions();
        services.AddSingleton(options);
        services.AddSingleton<RadarItemAnalyzer>();
        services.AddSingleton<StoryFolder>();
        services.AddScoped<RadarIngestor>();
        services.AddSingleton<RadarDetectionCache>();
        services.AddScoped<RadarDetection>();
        services.AddScoped<IRadarTopIssues>(sp => sp.GetRequiredService<RadarDetection>());
        services.AddScoped<RadarRequestCollector>();
        services.AddScoped<RadarDecisions>();
        services.AddScoped<BriefingBuilder>();
        // Extractive by default; polished by the language model when one is configured (citations checked).
        services.TryAddSingleton<IBriefingWriter>(sp => new Dasan.Ai.Generation.PolishedBriefingWriter(
            new ExtractiveBriefingWriter(), sp.GetRequiredService<Dasan.Ai.Generation.BriefingPolisher>()));
        services.AddSingleton(configuration.GetSection(BriefingMailOptions.Section).Get<BriefingMailOptions>() ?? new BriefingMailOptions());
        services.AddSingleton<BriefingMailer>();
        services.AddScoped<BriefingScheduler>();
        services.AddSingleton(sp => new FeedPoller(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = System.Net.DecompressionMethods.All })
            {
                Timeout = Timeout.InfiniteTimeSpan,
                DefaultRequestHeaders = { { "User-Agent", "Dasan-Radar/1.0" } },
            },
            sp.GetRequiredService<IServiceScopeFactory>(), options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<FeedPoller>>()));
        return services;
    }
}
