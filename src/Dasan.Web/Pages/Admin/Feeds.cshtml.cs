using System.Globalization;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Radar;
using Dasan.Web.Auth;
using Dasan.Web.Radar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Admin;

/// <summary>News and press-release feeds of the radar: add, pause, poll now, and each feed's health.</summary>
public sealed class FeedsModel(DasanDbContext db, AuditTrail audit, FeedPoller poller, TimeProvider clock) : PageModel
{
    public IReadOnlyList<RadarFeed> Feeds { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Feeds = await db.RadarFeeds.AsNoTracking().OrderBy(f => f.Name).ToListAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(string? name, string? url, int interval, CancellationToken ct)
    {
        name = name?.Trim();
        Message = (name, url) switch
        {
            _ when string.IsNullOrEmpty(name) || name.Length > 80 => "이름: 1~80자로 입력하세요.",
            _ when !Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https") || url!.Length > 1000 => "주소: http 또는 https로 시작하는 피드 주소를 입력하세요.",
            _ when interval is < 5 or > 1440 => "주기: 5~1440분 사이로 입력하세요.",
            _ when await db.RadarFeeds.AnyAsync(f => f.Name == name, ct) => "이름: 같은 이름의 피드가 이미 있습니다.",
            _ => null,
        };
        if (Message is null)
        {
            var feed = new RadarFeed { Name = name!, Url = url!.Trim(), IntervalMinutes = interval, CreatedAt = clock.GetUtcNow().UtcDateTime, NextPollAt = clock.GetUtcNow().UtcDateTime };
            db.RadarFeeds.Add(feed);
            await db.SaveChangesAsync(ct);
            audit.Record(User.ToActor(), "radar.feed.added", "radar_feed", feed.Id.ToString(CultureInfo.InvariantCulture), null, new { feed.Name, feed.Url, feed.IntervalMinutes });
            await db.SaveChangesAsync(ct);
            return RedirectToPage();
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostToggleAsync(long id, CancellationToken ct)
    {
        var feed = await db.RadarFeeds.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (feed is not null)
        {
            feed.Enabled = !feed.Enabled;
            feed.NextPollAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(User.ToActor(), feed.Enabled ? "radar.feed.enabled" : "radar.feed.paused", "radar_feed", feed.Id.ToString(CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(ct);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPollAsync(long id, CancellationToken ct)
    {
        if (await db.RadarFeeds.AnyAsync(f => f.Id == id, ct))
        {
            var result = await poller.PollAsync(id, ct);
            Message = result.Success ? $"새 항목 {result.Added}건 (문서 항목 {result.Entries}건{(result.NotModified ? ", 변경 없음" : "")})" : "실패: " + result.Error;
        }

        await OnGetAsync(ct);
        return Page();
    }
}
