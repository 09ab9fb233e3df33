using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dasan.Core.Programme.Training;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Training;

public class QuizApiTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Quiz_WhenStartedSubmittedAndResubmitted_ScoresOnServerAndRejectsTheSecond(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var waste = await StaffSession.LoginAsync(host, "waste");
        var module = Curriculum.Shipped().Module("AIL1-03")!;
        using var start = await waste.PostAsync($"/api/v1/training/modules/{module.Code}/attempts", null);
        var paperText = await start.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.DoesNotContain("answer", paperText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("explanation", paperText, StringComparison.OrdinalIgnoreCase);
        var paper = JsonSerializer.Deserialize<JsonElement>(paperText);
        var id = paper.GetProperty("attemptId").GetInt64();
        var drawn = paper.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()!).ToList();
        Assert.Equal(Math.Min(module.Quiz.Count, QuizService.QuestionsPerAttempt), drawn.Count);

        var answers = drawn.ToDictionary(id => id, id => module.Quiz.Single(q => q.Id == id).Answer);
        answers[drawn[0]] = (answers[drawn[0]] + 1) % 4;
        using var submitted = await waste.PostAsJsonAsync($"/api/v1/training/attempts/{id}/submit", new { answers });
        var result = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((drawn.Count - 1) * 100 / drawn.Count, result.GetProperty("score").GetInt32());
        Assert.True(result.GetProperty("passed").GetBoolean());
        Assert.Equal(new[] { 1 }, result.GetProperty("wrongNumbers").EnumerateArray().Select(e => e.GetInt32()));

        using var again = await waste.PostAsJsonAsync($"/api/v1/training/attempts/{id}/submit", new { answers });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("이미 제출", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var housing = await StaffSession.LoginAsync(host, "housing");
        using var foreign = await housing.PostAsJsonAsync($"/api/v1/training/attempts/{id}/submit", new { answers });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Quiz_WhenAQuestionIsUnanswered_NamesItAndKeepsTheAttemptOpen(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var welfare = await StaffSession.LoginAsync(host, "welfare");
        var module = Curriculum.Shipped().Module("AIL0-01")!;
        using var start = await welfare.PostAsync($"/api/v1/training/modules/{module.Code}/attempts", null);
        var paper = await start.Content.ReadFromJsonAsync<JsonElement>();
        var id = paper.GetProperty("attemptId").GetInt64();
        var drawn = paper.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetString()!).ToList();
        var partial = drawn.Skip(1).ToDictionary(q => q, q => module.Quiz.Single(x => x.Id == q).Answer);
        using var bad = await welfare.PostAsJsonAsync($"/api/v1/training/attempts/{id}/submit", new { answers = partial });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains($"answers.{drawn[0]}", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var all = drawn.ToDictionary(q => q, q => module.Quiz.Single(x => x.Id == q).Answer);
        using var ok = await welfare.PostAsJsonAsync($"/api/v1/training/attempts/{id}/submit", new { answers = all });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True((await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("passed").GetBoolean());
    }
}
