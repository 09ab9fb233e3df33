using Dasan.Core.Programme.Training;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Tests.Programme.Training;

public class CertificateExpiryTests
{
    [Fact]
    public async Task L0Certificate_WhenBothModulesPassedAndRead_IsValidFor24MonthsThenExpires()
    {
        await using var f = await TrainingFixture.CreateAsync();
        await using (var db = f.Database.NewContext())
        {
            var quiz = f.Quiz(db);
            foreach (var code in new[] { "AIL0-01", "AIL0-02" })
            {
                Assert.Null(await quiz.MarkReadAsync(f.Staff, code, default));
                var paper = await quiz.StartAsync(f.Staff, code, default);
                var result = await quiz.SubmitAsync(f.Staff, paper.AttemptId, f.Key(paper), default);
                Assert.True(result.Passed);
                Assert.Equal(f.Clock.GetUtcNow().UtcDateTime.AddMonths(24), result.CompletedUntil);
            }
        }

        await using (var db = f.Database.NewContext())
        {
            var mine = await f.Progress(db).MineAsync(f.Staff, default);
            Assert.NotNull(mine.Levels.Single(l => l.Level.Code == "L0").Certificate);
            Assert.Contains(await db.AuditEvents.Select(a => a.Action).ToListAsync(), a => a == "training.module_completed");
        }

        f.Clock.Advance(TimeSpan.FromDays(365 * 2 - 2));
        await using (var db = f.Database.NewContext())
        {
            Assert.NotNull((await f.Progress(db).MineAsync(f.Staff, default)).Levels.Single(l => l.Level.Code == "L0").Certificate);
        }

        f.Clock.Advance(TimeSpan.FromDays(3));
        await using (var db = f.Database.NewContext())
        {
            var level = (await f.Progress(db).MineAsync(f.Staff, default)).Levels.Single(l => l.Level.Code == "L0");
            Assert.Null(level.Certificate);
            Assert.All(level.Modules, m => Assert.True(m.Expired));
        }
    }

    [Fact]
    public void OperatorCompliance_WhenAiop01IsOlderThanTwelveMonths_LapsesForTierThreeAndFourOnly()
    {
        var c = Curriculum.Shipped();
        var calc = new CertificateCalculator(c);
        var done = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        ModuleCompletion[] completions = [new() { ModuleCode = "AIOP-01", CompletedAt = done, ExpiresAt = done.AddMonths(12), Source = "t" }];
        var inTime = CertificateCalculator.ValidModules(completions, done.AddMonths(11));
        var late = CertificateCalculator.ValidModules(completions, done.AddMonths(12).AddDays(1));
        Assert.True(calc.OperatorCompliant(3, inTime));
        Assert.True(calc.OperatorCompliant(4, inTime));
        Assert.False(calc.OperatorCompliant(4, late));
        Assert.False(calc.OperatorRequired(2));
        Assert.False(calc.OperatorRequired(null));
    }

    [Fact]
    public void Certificate_WhenModulesExpireAtDifferentTimes_ExpiresWithTheFirst()
    {
        var calc = new CertificateCalculator(Curriculum.Shipped());
        var t = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var valid = new Dictionary<string, DateTime> { ["AIL0-01"] = t.AddMonths(20), ["AIL0-02"] = t.AddMonths(5) };
        Assert.Equal(t.AddMonths(5), calc.Certificate("L0", valid)!.ValidUntil);
        Assert.Null(calc.Certificate("L1", valid));
    }
}
