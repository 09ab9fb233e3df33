using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Radar;
using Dasan.Web.Radar;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Dasan.Web.Tests.Radar;

public sealed class BriefingSchedulerTests
{
    [Fact]
    public async Task SendDue_OnAMondayMorning_MailsEachAudienceDailyAndWeeklyOnceAndAuditsIt()
    {
        await using var smtp = new SmtpSink();
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Radar:Collect=false"]);
        var today = await RadarSeed.SeedAsync(host.Services);
        var monday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7);
        var mail = Options(smtp.Port);

        Assert.Equal(0, await SendAsync(host, mail, monday, 7, 29));
        Assert.Empty(smtp.Messages);

        Assert.Equal(4, await SendAsync(host, mail, monday, 7, 31));
        var subjects = new List<(string Subject, string To)>();
        foreach (var (_, to, data) in smtp.Messages)
        {
            var message = await MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(data)));
            subjects.Add((message.Subject ?? "", string.Join(",", to)));
        }

        Assert.Contains(subjects, s => s.Subject.StartsWith("시장실 일일 브리핑", StringComparison.Ordinal) && s.To.Contains("mayor@seoul.test", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.Subject.StartsWith("시장실 주간 브리핑", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.Subject.StartsWith("안전총괄실 주간 브리핑", StringComparison.Ordinal) && s.To.Contains("safety@seoul.test", StringComparison.Ordinal));

        Assert.Equal(0, await SendAsync(host, mail, monday, 9, 0));
        Assert.Equal(2, await SendAsync(host, mail, monday.AddDays(1), 8, 0)); // Tuesday: daily only
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        Assert.Equal(6, await db.AuditEvents.CountAsync(a => a.Action == "radar.briefing.mailed"));
    }

    [Fact]
    public async Task SendDue_WhenTheServerIsDown_FailsWithoutMarkingAndSendsLater()
    {
        await using var host = await DasanHost.StartAsync("sqlite", ["--Dasan:Radar:Collect=false"]);
        var today = await RadarSeed.SeedAsync(host.Services);
        var tuesday = today.AddDays(((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7);
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        await Assert.ThrowsAnyAsync<Exception>(() => SendAsync(host, Options(closedPort), tuesday, 8, 0));
        await using var smtp = new SmtpSink();
        Assert.Equal(2, await SendAsync(host, Options(smtp.Port), tuesday, 8, 5));
        Assert.Equal(2, smtp.Messages.Count);
    }

    [Fact]
    public void SendAt_WhenNotATime_NamesTheSetting()
    {
        Assert.Equal(new TimeOnly(7, 30), BriefingScheduler.SendAt("07:30"));
        Assert.Contains("SendAt", Assert.Throws<FormatException>(() => BriefingScheduler.SendAt("아침 7시")).Message, StringComparison.Ordinal);
    }

    private static BriefingMailOptions Options(int port) => new()
    {
        Host = "127.0.0.1", Port = port, StartTls = false, To = ["mayor@seoul.test"],
        Bureaus = new() { ["안전총괄실"] = ["safety@seoul.test"], ["비어 있는 국"] = [] },
    };

    // One scheduler run at the given Seoul time of that day.
    private static async Task<int> SendAsync(DasanHost host, BriefingMailOptions mail, DateOnly day, int hour, int minute)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var clock = new FixedClock(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(9)));
        var db = sp.GetRequiredService<DasanDbContext>();
        var scheduler = new BriefingScheduler(db, sp.GetRequiredService<BriefingBuilder>(), sp.GetRequiredService<IBriefingWriter>(),
            new BriefingMailer(mail, NullLogger<BriefingMailer>.Instance), mail, sp.GetRequiredService<RadarOptions>(), new AuditTrail(db, clock), clock,
            NullLogger<BriefingScheduler>.Instance);
        return await scheduler.SendDueAsync(CancellationToken.None);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
