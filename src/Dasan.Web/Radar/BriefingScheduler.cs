using System.Globalization;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Radar;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Radar;

/// <summary>
/// The morning briefings: once the Seoul time passes <see cref="BriefingMailOptions.SendAt"/>, yesterday's daily
/// briefing (and on Mondays last week's) goes to the mayor's office and to each bureau that has recipients. Each
/// message is marked sent in a setting once the SMTP server took it, so a restart or a failed send never sends it
/// twice nor skips it; each send is audited.
/// </summary>
public sealed class BriefingScheduler(
    DasanDbContext db, BriefingBuilder builder, IBriefingWriter writer, BriefingMailer mailer, BriefingMailOptions mail,
    RadarOptions options, AuditTrail audit, TimeProvider clock, ILogger<BriefingScheduler> log)
{
    private const string KeyPrefix = "radar.briefing.sent:";

    /// <summary>Sends the briefings that are due now and not yet sent; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        if (!mail.Enabled || !mail.Schedule)
        {
            return 0;
        }

        var seoul = clock.GetUtcNow().ToOffset(options.CityOffset);
        if (TimeOnly.FromTimeSpan(seoul.TimeOfDay) < SendAt(mail.SendAt))
        {
            return 0;
        }

        var today = DateOnly.FromDateTime(seoul.DateTime);
        var periods = today.DayOfWeek == DayOfWeek.Monday ? new[] { BriefingPeriod.Daily, BriefingPeriod.Weekly } : [BriefingPeriod.Daily];
        var audiences = new List<(string? Bureau, IReadOnlyList<string> To)> { (null, mail.To) };
        audiences.AddRange(mail.Bureaus.Where(b => b.Value.Count > 0).OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => ((string?)b.Key, (IReadOnlyList<string>)b.Value)));
        var sent = 0;
        foreach (var (bureau, to) in audiences)
        {
            foreach (var period in periods)
            {
                sent += await SendOnceAsync(today, bureau, to, period, ct) ? 1 : 0;
            }
        }

        return sent;
    }

    /// <summary>The configured time of day, or an error naming the setting.</summary>
    public static TimeOnly SendAt(string text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at
            : throw new FormatException($"Dasan:Radar:Mail:SendAt must be a time like 07:30, not '{text}'.");

    private async Task<bool> SendOnceAsync(DateOnly today, string? bureau, IReadOnlyList<string> to, BriefingPeriod period, CancellationToken ct)
    {
        var key = $"{KeyPrefix}{today:yyyy-MM-dd}:{period.ToString().ToLowerInvariant()}:{bureau ?? Briefing.MayorsOffice}";
        if (await db.Settings.AnyAsync(s => s.Key == key, ct))
        {
            return false;
        }

        Briefing briefing;
        try
        {
            briefing = await builder.BuildAsync(today.AddDays(-1), period, bureau, ct);
        }
        catch (ArgumentException e)
        {
            log.LogWarning("Scheduled briefing for '{Bureau}' skipped: {Reason} (check Dasan:Radar:Mail:Bureaus).", bureau, e.Message);
            return false;
        }

        var text = await writer.WriteAsync(briefing, ct);
        ExtractiveBriefingWriter.CheckCitations(briefing, text);
        await mailer.SendAsync(text, to, ct);
        db.Settings.Add(new Setting { Key = key, Value = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) });
        audit.Record(Actor.System, "radar.briefing.mailed", "radar_briefing", key, null,
            new { Audience = briefing.Audience, Period = period.ToString(), briefing.From, briefing.To, Recipients = to.Count, Issues = briefing.Issues.Count });
        await db.SaveChangesAsync(ct);
        return true;
    }
}
