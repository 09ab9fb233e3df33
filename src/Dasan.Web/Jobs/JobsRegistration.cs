using Dasan.Core.Jobs;

namespace Dasan.Web.Jobs;

/// <summary>Registers the job list and runner (server and CLI) and, for the server, the scheduler loop.</summary>
public static class JobsRegistration
{
    public static IServiceCollection AddDasanJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(JobCatalog.For(configuration));
        services.AddSingleton(JobNode.Default(configuration["Dasan:Node:Name"]));
        services.AddSingleton<JobRunner>();
        return services;
    }

    public static IServiceCollection AddDasanJobScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue("Dasan:Jobs:Enabled", true))
        {
            services.AddHostedService<JobsBackgroundService>();
        }

        services.AddHostedService<IndexFollowerService>();
        if (configuration.GetValue("Dasan:Intake:JournalWorker", true))
        {
            services.AddHostedService<IntakeJournalWorker>();
        }

        return services;
    }
}
