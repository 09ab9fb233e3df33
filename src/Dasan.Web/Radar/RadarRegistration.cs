using Dasan.Ai.Radar;
using Dasan.Core.Radar;

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
        services.AddScoped<RadarDetection>();
        services.AddScoped<IRadarTopIssues>(sp => sp.GetRequiredService<RadarDetection>());
        return services;
    }
}
