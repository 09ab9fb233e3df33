using System.Globalization;
using Dasan.Core.Data;
using Dasan.Core.Radar;
using Dasan.Web.Auth;
using Dasan.Web.Radar;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Radar;

/// <summary>A daily or weekly briefing for a bureau or the mayor's office: shown, printable, and e-mailed when SMTP is set.</summary>
[Authorize(Policy = Policies.CityWide)]
public sealed class BriefingModel(BriefingBuilder builder, IBriefingWriter writer, BriefingMailer mailer, DasanDbContext db, RadarOptions options, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Date { get; set; }
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public string? Bureau { get; set; }

    public Briefing? Result { get; private set; }
    public BriefingText? Text { get; private set; }
    public IReadOnlyList<string> Bureaus { get; private set; } = [];
    public bool CanMail => mailer.Enabled;
    public string? Message { get; private set; }
    public DateOnly Day { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Text is null || !mailer.Enabled)
        {
            Message = "메일 서버가 설정되지 않았습니다.";
            return Page();
        }

        try
        {
            await mailer.SendAsync(Text, ct);
            Message = "브리핑을 메일로 보냈습니다.";
        }
        catch (Exception e) when (e is MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or System.Net.Sockets.SocketException or IOException)
        {
            Message = "메일 발송에 실패했습니다: " + e.Message;
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Bureaus = await db.Departments.Where(d => d.Active).Select(d => d.Bureau).Distinct().OrderBy(b => b).ToListAsync(ct);
        Bureau = Bureaus.Contains(Bureau ?? "") ? Bureau : null;
        var today = RadarDates.DayOf(clock.GetUtcNow().UtcDateTime, options.CityOffset);
        Day = DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && Dasan.Web.Text.SupportedDates.Contains(d) ? d : today;
        var period = string.Equals(Period, "daily", StringComparison.OrdinalIgnoreCase) ? BriefingPeriod.Daily : BriefingPeriod.Weekly;
        Period = period == BriefingPeriod.Daily ? "daily" : "weekly";
        Result = await builder.BuildAsync(Day, period, Bureau, ct);
        Text = await writer.WriteAsync(Result, ct);
        ExtractiveBriefingWriter.CheckCitations(Result, Text);
    }
}
