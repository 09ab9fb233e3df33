using Dasan.Core.Audit;
using Dasan.Core.Intake;
using Dasan.Core.Requests;
using Dasan.Core.Seed;
using Dasan.Core.Text;
using Dasan.Storage;
using Dasan.Web.Radar;
using Dasan.Web.Text;

namespace Dasan.Web.Hosting;

/// <summary>The composition root shared by the web server and every CLI command.</summary>
public static class PlatformRegistration
{
    public static IServiceCollection AddDasanPlatform(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var periods = configuration.GetSection(ProcessingPeriodOptions.Section).Get<ProcessingPeriodOptions>() ?? new ProcessingPeriodOptions();
        var seed = configuration.GetSection(SeedOptions.Section).Get<SeedOptions>() ?? new SeedOptions();
        services.AddSingleton(new InstallationPaths(dataDirectory));
        services.AddSingleton(Audit.AuditKeyFile.Load(configuration, dataDirectory));
        services.AddSingleton(TimeProvider.System);
        services.AddDasanStorage(database, dataDirectory);
        Jobs.JobsRegistration.AddDasanJobs(services, configuration);
        services.AddSingleton(database);
        services.AddSingleton(periods);
        services.AddSingleton(seed);
        services.AddSingleton(configuration.GetSection("Dasan:Challenges").Get<Core.Challenges.ChallengeOptions>() ?? new Core.Challenges.ChallengeOptions());
        services.AddSingleton(HolidayCalendar.LoadShipped(periods.ExtraHolidays));
        services.AddSingleton<DueDateCalculator>();
        services.AddSingleton(sp => new StatusLinkSigner(InstallationKey.Load(configuration, dataDirectory)));
        services.AddSingleton<ITextProtector, KoreanTextProtector>();
        services.AddScoped<AuditTrail>();
        services.AddDasanTriage(configuration);
        services.AddDasanAssistant(configuration, dataDirectory);
        services.AddScoped<RequestIntake>();
        services.AddScoped<AcceptedIntake>();
        services.AddSingleton<IntakeJournal>();
        services.AddSingleton<IntakeJournalDrain>();
        services.AddSingleton<Dasan.Core.Data.ReferenceCache>();
        Dasan.Web.Dashboards.DashboardRegistration.AddDasanDashboards(services);
        services.AddScoped<RequestWorkflow>();
        services.AddScoped<Dasan.Core.Triage.RoutingFeedback>();
        services.AddScoped<RequestQueries>();
        services.AddScoped<OriginalViewer>();
        services.AddScoped<SampleRequestLoader>();
        services.AddScoped<InstallationSeeder>();
        Training.TrainingRegistration.AddStaffTraining(services);
        services.AddScoped<Dasan.Ai.Learning.Registry.ModelRegistry>();
        services.AddSingleton<Dasan.Ai.Learning.Registry.ModelCache>();
        Dasan.Web.Programme.ProgrammeRegistration.AddDasanProgramme(services);
        services.AddDasanRadar(configuration);
        return services;
    }
}
