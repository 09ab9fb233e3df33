using Dasan.Core.Programme;
using Dasan.Core.Programme.Training;

namespace Dasan.Web.Training;

/// <summary>Services of the staff AI curriculum, including the <see cref="IStaffTrainingSummary"/> port.</summary>
public static class TrainingRegistration
{
    public static IServiceCollection AddStaffTraining(this IServiceCollection services)
    {
        services.AddSingleton(_ => Curriculum.Shipped());
        services.AddScoped<QuizService>();
        services.AddScoped<TrainingProgressQueries>();
        services.AddScoped<EnrolmentService>();
        services.AddScoped<RosterImporter>();
        services.AddScoped<CompletionImporter>();
        services.AddScoped<TrainingSampleSeeder>();
        services.AddScoped<IStaffTrainingSummary, StaffTrainingSummary>();
        return services;
    }
}
