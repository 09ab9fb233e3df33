using Dasan.Core.Data;
using Dasan.Core.Radar;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Radar;

/// <summary>Stores a synthetic, already tagged stream ending today: steady background and a burst two days ago in 마포구.</summary>
internal static class RadarSeed
{
    private static readonly string[] Phrases = ["버스", "주차", "쓰레기", "소음", "가로등", "공원", "도서관", "보육", "월세", "자전거", "횡단보도", "경로당"];

    public static async Task<DateOnly> SeedAsync(IServiceProvider services, string source = "seed")
    {
        var options = services.GetRequiredService<RadarOptions>();
        var today = RadarDates.DayOf(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, options.CityOffset);
        var items = new List<RadarItem>();
        var n = 0;
        for (var d = 100; d >= 0; d--)
        {
            var day = today.AddDays(-d);
            for (var i = 0; i < 6; i++)
            {
                var phrase = Phrases[(d * 6 + i) % Phrases.Length];
                items.Add(Item(source, n++, day, $"{phrase} 관련 민원 {n}", [phrase, "민원"], [], "transport", ["bus-policy"]));
            }
        }

        for (var i = 0; i < 9; i++)
        {
            items.Add(Item(source, n++, today.AddDays(-2), $"마포구 망원동 싱크홀 도로 함몰 제보 {i}", ["싱크홀", "도로 함몰", "함몰", "망원동"], ["마포구"], "safety", ["road-management", "safety-general"]));
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        db.RadarItems.AddRange(items);
        await db.SaveChangesAsync();
        return today;
    }

    private static RadarItem Item(string source, int n, DateOnly day, string title, string[] phrases, string[] districts, string domain, string[] departments) => new()
    {
        Source = source, Kind = n % 3 == 0 ? RadarSourceKind.News : RadarSourceKind.Request, ExternalId = "n" + n,
        PublishedAt = RadarDates.StartOf(day, TimeSpan.FromHours(9)).AddHours(10), CollectedAt = DateTime.UnixEpoch,
        Title = title, Domain = domain, Departments = string.Join('|', departments), Districts = string.Join('|', districts), Phrases = string.Join('|', phrases),
    };
}
