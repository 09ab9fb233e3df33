using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Training;

/// <summary>Records a module completion when a new reading or quiz score meets the module's completion rule.</summary>
internal static class ModuleCompleter
{
    /// <summary>
    /// Adds a completion (and its audit event) to the unit of work when the rule is met by this event. A reading only
    /// completes rules that involve reading, a pass only rules that involve passing, so neither renews the other's.
    /// </summary>
    public static async Task<ModuleCompletion?> TryCompleteAsync(DasanDbContext db, AuditTrail audit, Actor actor, RosterMember member,
        CurriculumModule module, DateTime now, int? newScore, bool justRead, CancellationToken ct)
    {
        if ((justRead && module.Rule == CompletionRule.Passed) || (newScore is not null && module.Rule == CompletionRule.Completed))
        {
            return null;
        }

        var read = justRead || await db.LessonReadings.AnyAsync(r => r.RosterMemberId == member.Id && r.ModuleCode == module.Code, ct);
        var best = await db.QuizAttempts.Where(a => a.RosterMemberId == member.Id && a.ModuleCode == module.Code && a.Passed == true)
            .MaxAsync(a => a.Score, ct);
        if (newScore is { } s && (best is null || s > best))
        {
            best = s;
        }

        if (!CompletionRules.IsMet(module.Rule, read, best, module.MasteryScore))
        {
            return null;
        }

        var completion = new ModuleCompletion
        {
            RosterMemberId = member.Id, ModuleCode = module.Code, CompletedAt = now, ExpiresAt = now.AddMonths(module.ValidMonths),
            Score = best, Source = "dasan", RecordedAt = now,
        };
        db.TrainingCompletions.Add(completion);
        audit.Record(actor, "training.module_completed", "training_member", member.EmployeeNo, null,
            new { module = module.Code, completion.Score, completion.ExpiresAt });
        return completion;
    }
}
