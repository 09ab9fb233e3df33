using Dasan.Core.Programme;
using Dasan.Core.Programme.Training;
using Dasan.Core.Requests;
using Dasan.Web.Auth;

namespace Dasan.Web.Training;

/// <summary>
/// The curriculum over HTTP for signed-in staff: own progress, quizzes (scored here), department progress and enrolment
/// for supervisors and admins, and the per-bureau summary. Scope is checked by the services.
/// </summary>
public static class TrainingApi
{
    public static void MapTrainingApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/training").RequireAuthorization(Policies.Staff);
        g.MapGet("/me", (TrainingProgressQueries q, HttpContext http, CancellationToken ct) => q.MineAsync(http.User.ToActor(), ct));
        g.MapGet("/departments/{id:long}", (long id, TrainingProgressQueries q, HttpContext http, CancellationToken ct) => q.DepartmentAsync(http.User.ToActor(), id, ct));
        g.MapGet("/modules/{code}", (string code, Curriculum c) => c.Module(code) is { } m
            ? Results.Ok(new { m.Code, m.Level, m.TitleKo, m.TitleEn, m.Skills, m.Proficiency, Rule = m.Rule.ToString(), m.MasteryScore, m.ValidMonths, m.Minutes, Questions = m.Quiz.Count, Content = m.ContentMarkdown })
            : Results.NotFound());
        g.MapPost("/modules/{code}/read", async (string code, QuizService quiz, HttpContext http, CancellationToken ct) =>
            Results.Ok(new { completedUntil = (await quiz.MarkReadAsync(http.User.ToActor(), code, ct))?.ExpiresAt }));
        g.MapPost("/modules/{code}/attempts", (string code, QuizService quiz, HttpContext http, CancellationToken ct) => quiz.StartAsync(http.User.ToActor(), code, ct));
        g.MapPost("/attempts/{id:long}/submit", (long id, SubmitBody body, QuizService quiz, HttpContext http, CancellationToken ct) =>
        {
            if (body.Answers is null || body.Answers.Count > 100)
            {
                throw RequestValidationException.For("answers", "답안(answers)이 없거나 너무 많습니다. (answers is required, at most 100.)");
            }

            return quiz.SubmitAsync(http.User.ToActor(), id, body.Answers, ct);
        });
        g.MapPost("/enrolments", (EnrolBody body, EnrolmentService enrol, HttpContext http, CancellationToken ct) =>
            enrol.EnrolAsync(http.User.ToActor(), body.Level ?? "", body.DepartmentId, body.JobRole, ct));
        g.MapGet("/summary", async (IStaffTrainingSummary summary, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            TrainingAccess.EnsureCanViewCityWide(http.User.ToActor());
            return Results.Ok(await summary.SummariseAsync(clock.GetUtcNow().UtcDateTime, ct));
        });
    }
}
