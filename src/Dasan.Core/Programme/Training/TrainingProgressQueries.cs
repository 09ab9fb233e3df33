using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Training;

/// <summary>Reads progress: a person's own, or a department's (supervisors and admins only, checked here).</summary>
public sealed class TrainingProgressQueries(DasanDbContext db, TimeProvider clock, Curriculum curriculum)
{
    private readonly CertificateCalculator _certificates = new(curriculum);

    public async Task<MyProgress> MineAsync(Actor actor, CancellationToken ct)
    {
        var member = await TrainingMembers.ForActorAsync(db, actor, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var completions = await db.TrainingCompletions.Where(c => c.RosterMemberId == member.Id).ToListAsync(ct);
        var enrolled = await db.TrainingEnrolments.Where(e => e.RosterMemberId == member.Id).Select(e => e.Level).ToListAsync(ct);
        var read = await db.LessonReadings.Where(r => r.RosterMemberId == member.Id).Select(r => r.ModuleCode).ToListAsync(ct);
        var best = await db.QuizAttempts.Where(a => a.RosterMemberId == member.Id && a.Score != null)
            .GroupBy(a => a.ModuleCode).Select(g => new { g.Key, Best = g.Max(a => a.Score) }).ToDictionaryAsync(x => x.Key, x => x.Best, ct);
        var valid = CertificateCalculator.ValidModules(completions, now);
        var certificates = _certificates.Certificates(valid);
        var levels = curriculum.Levels.Select(l => new LevelProgress(l, l.Mandatory || enrolled.Contains(l.Code),
            certificates.FirstOrDefault(c => c.Level == l.Code),
            l.RequiredModules.Select(code => curriculum.Module(code)!).Select(m => new ModuleStatus(m.Code, m.TitleKo, m.Rule, m.MasteryScore,
                read.Contains(m.Code), best.GetValueOrDefault(m.Code), valid.TryGetValue(m.Code, out var until) ? until : null,
                !valid.ContainsKey(m.Code) && completions.Any(c => c.ModuleCode == m.Code))).ToList())).ToList();
        return new MyProgress(member.EmployeeNo, member.Name, member.Department?.Name ?? "", member.OperatesTier,
            _certificates.OperatorRequired(member.OperatesTier), _certificates.OperatorCompliant(member.OperatesTier, valid), levels);
    }

    public async Task<DepartmentProgress> DepartmentAsync(Actor actor, long departmentId, CancellationToken ct)
    {
        TrainingAccess.EnsureCanViewDepartment(actor, departmentId);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Id == departmentId, ct)
            ?? throw RequestValidationException.For("departmentId", $"부서 {departmentId}이(가) 없습니다. (Unknown department.)");
        var now = clock.GetUtcNow().UtcDateTime;
        var members = await db.TrainingRoster.Where(r => r.DepartmentId == departmentId && r.Active).OrderBy(r => r.EmployeeNo).ToListAsync(ct);
        var ids = members.Select(m => m.Id).ToList();
        var completions = (await db.TrainingCompletions.Where(c => ids.Contains(c.RosterMemberId) && c.ExpiresAt > now).ToListAsync(ct))
            .ToLookup(c => c.RosterMemberId);
        var enrolments = (await db.TrainingEnrolments.Where(e => ids.Contains(e.RosterMemberId)).ToListAsync(ct)).ToLookup(e => e.RosterMemberId);
        var rows = members.Select(m =>
        {
            var valid = CertificateCalculator.ValidModules(completions[m.Id], now);
            var required = _certificates.OperatorRequired(m.OperatesTier);
            return (Member: m, Certs: _certificates.Certificates(valid).Select(c => c.Level).ToList(),
                Operator: required ? _certificates.OperatorCompliant(m.OperatesTier, valid) : (bool?)null);
        }).ToList();
        var levels = curriculum.Levels.Select(l => new LevelShare(l.Code, l.NameKo,
            l.Mandatory ? rows.Count : rows.Count(r => enrolments[r.Member.Id].Any(e => e.Level == l.Code)),
            rows.Count(r => r.Certs.Contains(l.Code) && (l.Mandatory || enrolments[r.Member.Id].Any(e => e.Level == l.Code))))).ToList();
        return new DepartmentProgress(department.Id, department.Name, department.Bureau, rows.Count, levels,
            rows.Count(r => r.Operator is not null), rows.Count(r => r.Operator == true),
            rows.Select(r => new MemberRow(r.Member.EmployeeNo, r.Member.Name, r.Member.Grade, r.Member.JobRole, r.Certs, r.Operator)).ToList());
    }
}
