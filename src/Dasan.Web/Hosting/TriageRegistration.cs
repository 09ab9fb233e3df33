using Dasan.Ai.Triage;
using Dasan.Ai.Triage.Urgency;
using Dasan.Core.Departments;
using Dasan.Core.Requests;

namespace Dasan.Web.Hosting;

/// <summary>
/// AI triage at intake (default), or every request to the human triage desk when <c>Dasan:Triage:Enabled</c> is false.
/// The router is built from the installation's active catalog once the database is ready.
/// </summary>
public static class TriageRegistration
{
    public static IServiceCollection AddDasanTriage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TriageOptions.Section).Get<TriageOptions>() ?? new TriageOptions();
        services.AddSingleton(options);
        services.AddSingleton(sp =>
        {
            UrgencyModel.CacheIn(Path.Combine(sp.GetRequiredService<InstallationPaths>().DataDirectory, "models"), message => Console.Error.WriteLine(message));
            return new UrgencyClassifier();
        });
        services.AddSingleton<Dasan.Ai.Triage.Summary.ExtractiveSummarizer>();
        services.AddSingleton<DuplicateRegistry>();
        services.AddScoped<CatalogStore>();
        services.AddSingleton<RoutingModelProvider>();
        services.AddSingleton(sp => new TriageEngine(() =>
        {
            using var scope = sp.CreateScope();
            return scope.ServiceProvider.GetRequiredService<CatalogStore>().LoadActiveAsync(CancellationToken.None).GetAwaiter().GetResult();
        }, options)
        {
            Models = sp.GetRequiredService<RoutingModelProvider>(),
            CacheDirectory = Path.Combine(sp.GetRequiredService<InstallationPaths>().DataDirectory, "models"),
            Log = message => Console.Error.WriteLine(message),
        });
        if (configuration.GetValue("Dasan:Triage:Enabled", true))
        {
            services.AddScoped<IRequestPlacement, AiRequestPlacement>();
        }
        else
        {
            services.AddScoped<IRequestPlacement, TriageDeskPlacement>();
        }

        return services;
    }
}
