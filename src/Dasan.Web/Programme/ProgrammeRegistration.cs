using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Programme.Register;

namespace Dasan.Web.Programme;

/// <summary>Services of the AI-ization programme's portfolio, register and leadership report.</summary>
public static class ProgrammeRegistration
{
    public static IServiceCollection AddDasanProgramme(this IServiceCollection services)
    {
        services.AddScoped<PortfolioService>();
        services.AddScoped<PlanWorkflow>();
        services.AddScoped<PortfolioSeeder>();
        services.AddScoped<PlatformKpis>();
        services.AddScoped<UseCaseKpis>();
        services.AddScoped<ProgrammeReportBuilder>();
        services.AddScoped<PublicRegister>();
        services.AddScoped<AssistantAnswerRecorder>();
        services.AddScoped<PortfolioTransfer>();
        services.AddScoped<ProgrammeContext>();
        services.AddScoped<Dasan.Core.Challenges.ChallengeService>();
        services.AddScoped<Dasan.Core.Challenges.ProposalService>();
        services.AddScoped<Dasan.Core.Challenges.EvaluationService>();
        services.AddScoped<Dasan.Core.Challenges.DecisionService>();
        services.AddScoped<Dasan.Core.Challenges.PilotService>();
        services.AddScoped<Dasan.Core.Challenges.HubReportBuilder>();
        services.AddScoped<Dasan.Core.Challenges.ChallengeSeeder>();
        return services;
    }
}
