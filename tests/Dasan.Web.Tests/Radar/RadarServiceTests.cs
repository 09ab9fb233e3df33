using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Radar;
using Dasan.Core.Staff;
using Dasan.Web.Radar;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Dasan.Web.Tests.Radar;

public sealed class RadarServiceTests
{
    private static readonly Actor Supervisor = new(ActorKind.Human, "supervisor", StaffRole.Supervisor);

    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Decide_WhenDismissedOrAssigned_SuppressesNotifiesAndAudits(string provider)
    {
        await using var host = await DasanHost.StartAsync(provider, ["--Dasan:Radar:Collect=false", "--Dasan:Seed:DemoData=false"]);
        var today = await RadarSeed.SeedAsync(host.Services, "seed-" + Guid.NewGuid().ToString("N")[..8]);
        await using var scope = host.Services.CreateAsyncScope();
        var detection = scope.ServiceProvider.GetRequiredService<RadarDetection>();
        var decisions = scope.ServiceProvider.GetRequiredService<RadarDecisions>();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();

        var top = await scope.ServiceProvider.GetRequiredService<IRadarTopIssues>().TopAsync(3);
        var issue = Assert.Single(top, i => i.Phrases.Contains("싱크홀"));
        Assert.Equal(today.AddDays(-2), issue.FirstSeen);
        Assert.Equal(["마포구"], issue.Districts);

        var department = await db.Departments.FirstAsync(d => d.Code == "road-management");
        await decisions.DecideAsync(Supervisor, issue, RadarDecisionKind.Assigned, department.Id, "현장 점검 바랍니다", CancellationToken.None);
        var notification = await db.Notifications.SingleAsync(n => n.DepartmentId == department.Id && n.Kind == "radar-task");
        Assert.Contains(issue.Label, notification.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => decisions.DecideAsync(Supervisor, issue, RadarDecisionKind.Assigned, -1, null, CancellationToken.None));

        await decisions.DecideAsync(Supervisor, issue, RadarDecisionKind.Dismissed, null, "공사 안내로 확인됨", CancellationToken.None);
        var after = await detection.DetectAsync(today.AddDays(-6), today, null, CancellationToken.None);
        Assert.DoesNotContain(after.Issues, i => i.Phrases.Contains("싱크홀"));
        Assert.Equal(1, after.Suppressed);
        var actions = await db.AuditEvents.Where(a => a.EntityType == "radar_issue").Select(a => a.Action).ToListAsync();
        Assert.Contains("radar.issue.assigned", actions);
        Assert.Contains("radar.issue.dismissed", actions);
        Assert.Equal(2, await db.RadarDecisions.CountAsync());
    }

    [Fact]
    public async Task Briefing_WhenSmtpIsConfigured_IsMailedThroughTheLocalServer()
    {
        await using var smtp = new SmtpSink();
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Radar:Collect=false"]);
        var today = await RadarSeed.SeedAsync(host.Services);
        await using var scope = host.Services.CreateAsyncScope();
        var briefing = await scope.ServiceProvider.GetRequiredService<BriefingBuilder>().BuildAsync(today, BriefingPeriod.Weekly, null, CancellationToken.None);
        var text = await scope.ServiceProvider.GetRequiredService<IBriefingWriter>().WriteAsync(briefing, CancellationToken.None);
        ExtractiveBriefingWriter.CheckCitations(briefing, text);
        var mailer = new BriefingMailer(new BriefingMailOptions { Host = "127.0.0.1", Port = smtp.Port, StartTls = false, To = ["mayor@seoul.test"] }, NullLogger<BriefingMailer>.Instance);

        await mailer.SendAsync(text, CancellationToken.None);

        var (_, to, data) = Assert.Single(smtp.Messages);
        Assert.Contains("<mayor@seoul.test>", to[0], StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(data)));
        Assert.Equal(text.Headline, message.Subject);
        Assert.Contains("싱크홀", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("시장실 주간 브리핑", text.Headline, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ExtractiveBriefingWriter.CheckCitations(briefing, text with { Paragraphs = [new BriefingParagraph("지어낸 문장", [987654321])] }));
    }

    [Fact]
    public async Task Briefing_WhenBureauIsUnknown_SaysWhichField()
    {
        var host = await DasanHost.SharedAsync("sqlite"); // shared: never disposed here
        await using var scope = host.Services.CreateAsyncScope();
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => scope.ServiceProvider.GetRequiredService<BriefingBuilder>()
            .BuildAsync(new DateOnly(2024, 1, 1), BriefingPeriod.Daily, "없는 국", CancellationToken.None));
        Assert.StartsWith("bureau:", ex.Message, StringComparison.Ordinal);
    }
}
