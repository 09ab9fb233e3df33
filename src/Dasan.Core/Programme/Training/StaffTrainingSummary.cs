using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Training;

/// <summary>Training figures per bureau for the leadership view, from the roster and its valid completions.</summary>
public sealed class StaffTrainingSummary(DasanDbContext db, Curriculum curriculum) : IStaffTrainingSummary
{
    public async Task<IReadOnlyList<BureauTrainingFigures>> SummariseAsync(DateTime asOfUtc, CancellationToken cancellationToken)
    {
        var calculator = new CertificateCalculator(curriculum);
        var members = await db.TrainingRoster.Where(r => r.Active)
            .Select(r => new { r.Id, r.Department!.Bureau, r.OperatesTier }).ToListAsync(cancellationToken);
        var completions = (await db.TrainingCompletions.Where(c => c.ExpiresAt > asOfUtc && c.CompletedAt <= asOfUtc)
            .ToListAsync(cancellationToken)).ToLookup(c => c.RosterMemberId);
        return members.GroupBy(m => m.Bureau).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var certificates = curriculum.Levels.ToDictionary(l => l.Code, _ => 0);
            var (l0, required, compliant) = (0, 0, 0);
            foreach (var m in g)
            {
                var valid = CertificateCalculator.ValidModules(completions[m.Id], asOfUtc);
                var held = calculator.Certificates(valid);
                foreach (var c in held)
                {
                    certificates[c.Level]++;
                }

                l0 += held.Any(c => c.Level == "L0") ? 1 : 0;
                if (calculator.OperatorRequired(m.OperatesTier))
                {
                    required++;
                    compliant += calculator.OperatorCompliant(m.OperatesTier, valid) ? 1 : 0;
                }
            }

            return new BureauTrainingFigures(g.Key, g.Count(), l0, certificates, required, compliant);
        }).ToList();
    }
}
