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
        var first = await quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key("AIL1-03"), default);
        Assert.Equal(100, first.Score);
        Assert.NotNull(first.CompletedUntil);
        var e = await Assert.ThrowsAsync<RequestRuleException>(() => quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key("AIL1-03"), default));
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
        var e = await Assert.ThrowsAsync<RequestRuleException>(() => quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key("AIL1-03"), default));
        Assert.Contains("기한", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "training.quiz_late"));
        Assert.False(await db.TrainingCompletions.AnyAsync());
        var again = await Assert.ThrowsAsync<RequestRuleException>(() => quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key("AIL1-03"), default));
        Assert.Contains("이미 제출", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WhenBelowMastery_RecordsTheAttemptWithoutCompletion()
    {
        await using var f = await TrainingFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var quiz = f.Quiz(db);
        var module = f.Curriculum.Module("AIL1-03")!;
        var answers = f.Key("AIL1-03");
        foreach (var q in module.Quiz.Take(2))
        {
            answers[q.Id] = (q.Answer + 1) % 4;
        }

        var paper = await quiz.StartAsync(f.Staff, "AIL1-03", default);
        var result = await quiz.SubmitAsync(f.Staff, paper.AttemptId, answers, default);
        Assert.False(result.Passed);
        Assert.Equal([1, 2], result.WrongNumbers);
        Assert.False(await db.TrainingCompletions.AnyAsync());
    }

    [Fact]
    public async Task BothRule_WhenPassedButNotRead_CompletesOnlyAfterReading()
    {
        await using var f = await TrainingFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var quiz = f.Quiz(db);
        var paper = await quiz.StartAsync(f.Staff, "AIL0-01", default);
        var result = await quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key("AIL0-01"), default);
        Assert.True(result.Passed);
        Assert.Null(result.CompletedUntil);
        Assert.NotNull(await quiz.MarkReadAsync(f.Staff, "AIL0-01", default));
        Assert.Equal(1, await db.TrainingCompletions.CountAsync());
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
