using Dasan.Core.Programme.Training;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Tests.Programme.Training;

public class QuizServiceTests
{
    [Fact]
    public async Task Submit_WhenSubmittedTwice_RejectsTheSecondAndKeepsTheFirstScore()
    {
        await using var f = await TrainingFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var quiz = f.Quiz(db);
        var paper = await quiz.StartAsync(f.Staff, "AIL1-03", default);
        var first = await quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key(paper), default);
        Assert.Equal(100, first.Score);
        Assert.NotNull(first.CompletedUntil);
        var e = await Assert.ThrowsAsync<RequestRuleException>(() => quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key(paper), default));
        Assert.Contains("이미 제출", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "training.quiz_submitted"));
    }

    [Fact]
    public async Task Submit_WhenAfterTheDeadline_IsRejectedAndAuditedAndNotScored()
    {
        await using var f = await TrainingFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var quiz = f.Quiz(db);
        var paper = await quiz.StartAsync(f.Staff, "AIL1-03", default);
        f.Clock.Advance(QuizService.TimeLimit + TimeSpan.FromSeconds(1));
        var e = await Assert.ThrowsAsync<RequestRuleException>(() => quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key(paper), default));
        Assert.Contains("기한", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "training.quiz_late"));
        Assert.False(await db.TrainingCompletions.AnyAsync());
        var again = await Assert.ThrowsAsync<RequestRuleException>(() => quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key(paper), default));
        Assert.Contains("이미 제출", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WhenBelowMastery_RecordsTheAttemptWithoutCompletion()
    {
        await using var f = await TrainingFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var quiz = f.Quiz(db);
        var paper = await quiz.StartAsync(f.Staff, "AIL1-03", default);
        var answers = f.Key(paper);
        foreach (var q in paper.Questions.Take(2))
        {
            answers[q.Id] = (answers[q.Id] + 1) % q.Choices.Count;
        }

        var result = await quiz.SubmitAsync(f.Staff, paper.AttemptId, answers, default);
        Assert.False(result.Passed);
        Assert.Equal(3, result.Correct);
        Assert.Empty(result.WrongNumbers);
        Assert.False(await db.TrainingCompletions.AnyAsync());
    }

    [Fact]
    public async Task BothRule_WhenPassedButNotRead_CompletesOnlyAfterReading()
    {
        await using var f = await TrainingFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var quiz = f.Quiz(db);
        var paper = await quiz.StartAsync(f.Staff, "AIL0-01", default);
        var result = await quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key(paper), default);
        Assert.True(result.Passed);
        Assert.Null(result.CompletedUntil);
        Assert.NotNull(await quiz.MarkReadAsync(f.Staff, "AIL0-01", default));
        Assert.Equal(1, await db.TrainingCompletions.CountAsync());
    }

    [Fact]
    public async Task Start_WhenTheDailyAttemptsAreUsed_RefusesUntilTomorrow()
    {
        await using var f = await TrainingFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var quiz = f.Quiz(db);
        var papers = new List<QuizPaper>();
        for (var i = 0; i < QuizService.AttemptsPerDay; i++)
        {
            papers.Add(await quiz.StartAsync(f.Staff, "AIL1-02", default));
        }

        var e = await Assert.ThrowsAsync<RequestRuleException>(() => quiz.StartAsync(f.Staff, "AIL1-02", default));
        Assert.Contains("하루", e.Message, StringComparison.Ordinal);
        Assert.All(papers, p => Assert.Equal(QuizService.QuestionsPerAttempt, p.Questions.Count));
        Assert.True(papers.Select(p => string.Join(",", p.Questions.Select(q => q.Id))).Distinct().Count() > 1, "every attempt drew the same questions in the same order");
        f.Clock.Advance(TimeSpan.FromDays(1));
        Assert.NotNull(await quiz.StartAsync(f.Staff, "AIL1-02", default));
    }

    [Fact]
    public async Task Submit_WhenAnswersIncludeQuestionsNotDrawn_NamesThem()
    {
        await using var f = await TrainingFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var quiz = f.Quiz(db);
        var paper = await quiz.StartAsync(f.Staff, "AIL1-02", default);
        var e = await Assert.ThrowsAsync<RequestValidationException>(() => quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key("AIL1-02"), default));
        Assert.Contains(e.Errors.Keys, k => k.StartsWith("answers.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WhenModuleUnknown_NamesTheField()
    {
        await using var f = await TrainingFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var e = await Assert.ThrowsAsync<RequestValidationException>(() => f.Quiz(db).StartAsync(f.Staff, "NOPE", default));
        Assert.True(e.Errors.ContainsKey("module"));
    }
}
