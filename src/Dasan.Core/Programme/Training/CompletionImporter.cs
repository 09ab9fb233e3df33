using System.Globalization;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Training;

/// <summary>
/// Imports completion records from other training systems (columns employee_no, module, completed_at, score, system).
/// A completion is identified by person, module and date, so re-running a file adds nothing twice; bad lines are
/// returned with their line numbers.
/// </summary>
public sealed class CompletionImporter(DasanDbContext db, AuditTrail audit, TimeProvider clock, Curriculum curriculum)
{
    private static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    public async Task<TrainingImportReport> ImportAsync(Actor actor, IEnumerable<ImportLine> lines, string source, CancellationToken ct)
    {
        TrainingAccess.EnsureCanImport(actor);
        var roster = await db.TrainingRoster.ToDictionaryAsync(r => r.EmployeeNo, r => r.Id, ct);
        var existing = (await db.TrainingCompletions.Select(c => new { c.RosterMemberId, c.ModuleCode, c.CompletedAt }).ToListAsync(ct))
            .Select(c => (c.RosterMemberId, c.ModuleCode, c.CompletedAt)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var (added, unchanged, rejected) = (0, 0, new List<RejectedLine>());
        foreach (var line in lines)
        {
            try
            {
                var c = Parse(line, roster, source, now);
                if (!existing.Add((c.RosterMemberId, c.ModuleCode, c.CompletedAt)))
                {
                    unchanged++;
                    continue;
                }

                db.TrainingCompletions.Add(c);
                added++;
            }
            catch (ImportLineException e)
            {
                rejected.Add(new RejectedLine(line.Line, e.Message, line.Raw));
            }
        }

        audit.Record(actor, "training.completions_imported", "training_completions", source, null,
            new { added, unchanged, rejected = rejected.Count, rejectedLines = rejected.Select(r => r.Line).Take(100) });
        await db.SaveChangesAsync(ct);
        return new TrainingImportReport(added, 0, unchanged, rejected);
    }

    private ModuleCompletion Parse(ImportLine line, Dictionary<string, long> roster, string source, DateTime now)
    {
        if (line.ParseError is { } p)
        {
            throw new ImportLineException("line", p);
        }

        var no = line.Get("employee_no") ?? throw new ImportLineException("employee_no", "직원번호가 비어 있습니다. (employee_no is required.)");
        if (!roster.TryGetValue(no, out var memberId))
        {
            throw new ImportLineException("employee_no", $"{Cut(no)}은(는) 교육 명부에 없습니다. 명부를 먼저 가져오세요. (Not on the roster; import the roster first.)");
        }

        var code = line.Get("module") ?? throw new ImportLineException("module", "과목 코드가 비어 있습니다. (module is required.)");
        if (!curriculum.IsKnownCompletion(code))
        {
            throw new ImportLineException("module", $"'{Cut(code)}'은(는) 교육과정에 없는 과목입니다. (Unknown module.)");
        }

        var date = line.Get("completed_at") ?? throw new ImportLineException("completed_at", "이수일이 비어 있습니다. (completed_at is required.)");
        if (!DateOnly.TryParseExact(date, ["yyyy-MM-dd", "yyyy.MM.dd", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new ImportLineException("completed_at", $"'{Cut(date)}'은(는) 날짜(YYYY-MM-DD)가 아닙니다. (completed_at must be YYYY-MM-DD.)");
        }

        var completedAt = DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Kst, DateTimeKind.Utc);
        if (completedAt > now)
        {
            throw new ImportLineException("completed_at", $"{date}은(는) 미래 날짜입니다. (completed_at is in the future.)");
        }

        int? score = null;
        if (line.Get("score") is { } s)
        {
            score = int.TryParse(s, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 100
                ? v : throw new ImportLineException("score", $"'{Cut(s)}'은(는) 0~100 사이 점수가 아닙니다. (score must be 0–100.)");
            if (curriculum.Module(code) is { Rule: not CompletionRule.Completed } m && v < m.MasteryScore)
            {
                throw new ImportLineException("score", $"{v}점은 {code}의 이수 기준 {m.MasteryScore}점보다 낮아 이수가 아닙니다. (Below the mastery score.)");
            }
        }

        var system = line.Get("system") is { } sys ? "import:" + (sys.Length > 100 ? sys[..100] : sys) : source;
        return new ModuleCompletion
        {
            RosterMemberId = memberId, ModuleCode = code, CompletedAt = completedAt, ExpiresAt = completedAt.AddMonths(curriculum.ValidMonths(code)),
            Score = score, Source = system, RecordedAt = now,
        };
    }

    private static string Cut(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
