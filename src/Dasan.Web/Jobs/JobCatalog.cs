using Dasan.Ai.Radar;
using Dasan.Core.Dashboards.Rollup;
using Dasan.Core.Jobs;
using Dasan.Core.Radar;
using Dasan.Web.Dashboards;
using Dasan.Web.Radar;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Jobs;

/// <summary>
/// The installation's background jobs (issue 16, ADR 0320), as configured: radar collection, scheduled briefings and
/// the dashboard roll-up. The same list serves the server's scheduler, the admin page and <c>dasan jobs</c>.
/// </summary>
public static class JobCatalog
{
    public const string RadarCollect = "radar-collect";
    public const string Briefings = "briefings";
    public const string DashboardRollup = "dashboard-rollup";
    public const string RateWindowCleanup = "rate-window-cleanup";
    public const string ChallengeClose = "challenge-close";
    public const string AuditSeal = "audit-seal";
    public const string IntakeJournal = "intake-journal";

    public static IReadOnlyList<JobDefinition> For(IConfiguration configuration)
    {
        var jobs = new List<JobDefinition>();
        var radar = configuration.GetSection(RadarOptions.Section).Get<RadarOptions>() ?? new RadarOptions();
        if (configuration.GetValue("Dasan:Radar:Collect", true))
        {
            var every = TimeSpan.FromMinutes(Math.Max(1, radar.CollectMinutes));
            jobs.Add(new JobDefinition(RadarCollect, "이슈 레이더 수집(민원·뉴스 피드)", every, every, async (sp, ct) =>
            {
                await sp.GetRequiredService<RadarRequestCollector>().CollectAsync(ct);
                await sp.GetRequiredService<FeedPoller>().PollDueAsync(ct);
            }));
        }

        var mail = configuration.GetSection(BriefingMailOptions.Section).Get<BriefingMailOptions>() ?? new BriefingMailOptions();
        if (mail.Enabled && mail.Schedule)
        {
            BriefingScheduler.SendAt(mail.SendAt);
            jobs.Add(new JobDefinition(Briefings, "아침 브리핑 메일 발송", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(15),
                (sp, ct) => sp.GetRequiredService<BriefingScheduler>().SendDueAsync(ct)));
        }

        var dashboards = configuration.GetSection(DashboardOptions.Section).Get<DashboardOptions>() ?? new DashboardOptions();
        if (dashboards.RollupRefreshSeconds > 0)
        {
            var every = TimeSpan.FromSeconds(dashboards.RollupRefreshSeconds);
            jobs.Add(new JobDefinition(DashboardRollup, "대시보드 집계 갱신", every, every,
                (sp, ct) => sp.GetRequiredService<RollupRefresher>().RefreshAllAsync(null, ct)));
        }

        // The shared rate-limit windows (PostgreSQL) are only read for the current minute; older ones go hourly.
        jobs.Add(new JobDefinition(RateWindowCleanup, "지난 요청 한도 기록 정리", TimeSpan.FromHours(1), TimeSpan.FromMinutes(10), async (sp, ct) =>
        {
            var cutoff = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddHours(-1);
            await sp.GetRequiredService<Dasan.Core.Data.DasanDbContext>().RateWindows.Where(w => w.WindowStart < cutoff).ExecuteDeleteAsync(ct);
        }));
        // Challenges whose closing date has passed go to evaluation (proposals already stop at the date itself).
        jobs.Add(new JobDefinition(ChallengeClose, "마감된 AI 실증 과제 평가 전환", TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5),
            (sp, ct) => sp.GetRequiredService<Dasan.Core.Challenges.ChallengeService>().CloseDueAsync(ct)));
        // Audit events a save left staged (its process stopped between commit and seal) join the chain (ADR 0322).
        jobs.Add(new JobDefinition(AuditSeal, "감사 기록 체인 연결(남은 기록)", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5),
            (sp, ct) => sp.GetRequiredService<Dasan.Core.Data.DasanDbContext>().SealAuditAsync(ct)));
        // Requests acknowledged before triage are drained by every node's worker within seconds (ADR 0328); this sweeps
        // what none took (workers switched off), and lets an administrator drain by hand.
        jobs.Add(new JobDefinition(IntakeJournal, "접수 대기 민원 분류·배정(남은 것)", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1),
            (sp, ct) => sp.GetRequiredService<Dasan.Core.Requests.IntakeJournalDrain>().DrainAsync(ct)));
        return jobs;
    }
}
