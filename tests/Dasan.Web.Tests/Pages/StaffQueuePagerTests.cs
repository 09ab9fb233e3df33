using System.Text.RegularExpressions;
using Dasan.Web.Tests.Dashboards;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Pages;

/// <summary>The staff queue shows 50 requests a page and links the others, so none is out of reach.</summary>
public partial class StaffQueuePagerTests
{
    [SkippableTheory]
    [MemberData(nameof(DasanHost.Providers), MemberType = typeof(DasanHost))]
    public async Task Queue_WhenMoreRequestsThanAPage_LinksTheNextPageWithTheSameFilters(string provider)
    {
        var host = await DasanHost.SharedAsync(provider);
        using var client = await StaffCookieClient.LoginAsync(host, "supervisor");
        var first = await client.GetStringAsync("/staff?status=all&sort=received");
        var total = int.Parse(Count().Match(first).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 50, $"the seeded installation holds {total} requests");
        Assert.Equal(50, Rows().Matches(first).Count);
        Assert.Contains("id=\"queue-pager\"", first, StringComparison.Ordinal);
        Assert.Contains("1–50번째 표시", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff?status=all&amp;sort=received&amp;p=2\"", first, StringComparison.Ordinal);

        var second = await client.GetStringAsync("/staff?status=all&sort=received&p=2");
        var onSecond = Rows().Matches(second).Select(m => m.Groups[1].Value).ToList();
        // Other tests share the installation and may file a request between the two pages: count from the second's total,
        // and allow one row pushed from the first page for each request filed in between. The page counts before it lists,
        // so a request filed between the two queries shows as a row the count has not seen yet (a few at most).
        var totalNow = int.Parse(Count().Match(second).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(onSecond.Count, Math.Min(50, totalNow - 50), Math.Min(50, totalNow - 50 + 3));
        Assert.True(onSecond.Intersect(Rows().Matches(first).Select(m => m.Groups[1].Value)).Count() <= totalNow - total);
        Assert.Contains("aria-current=\"page\">2<", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/staff?status=all&amp;sort=received\" rel=\"prev\"", second, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"총 (\d+)건")]
    private static partial Regex Count();

    [GeneratedRegex("<td><a href=\"/staff/requests/(\\d+)\">")]
    private static partial Regex Rows();
}
