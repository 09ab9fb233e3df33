using System.Globalization;
using CsvHelper;
using Dasan.Core.Radar;

namespace Dasan.Bench;

/// <summary>Reads the shared public data as radar items: petitions (filed on expiry − 30 days), dated and undated YNAT headlines.</summary>
public static class RadarData
{
    /// <summary>../shared/data beside the repository, or DASAN_SHARED_DATA.</summary>
    public static string Folder(string root) =>
        Environment.GetEnvironmentVariable("DASAN_SHARED_DATA") is { Length: > 0 } configured ? configured : Path.Combine(root, "..", "shared", "data");

    public static IEnumerable<IncomingItem> Petitions(string folder) =>
        Rows(Path.Combine(folder, "petitions-train.csv")).Select(r => new IncomingItem(
            "petitions", RadarSourceKind.Request, r["id"], Date(r["expiry"]).AddDays(-30), r["title"], Section: r["category"]));

    public static IEnumerable<IncomingItem> DatedNews(string folder) =>
        Rows(Path.Combine(folder, "news-ynat-dated.csv")).Select(r => new IncomingItem(
            "yonhap", RadarSourceKind.News, r["id"], Date(r["date"]), r["title"], Section: r["section"]));

    /// <summary>Undated headlines given evenly spread synthetic dates: for throughput only, never for quality.</summary>
    public static IEnumerable<IncomingItem> UndatedNews(string folder, DateTime from, DateTime to)
    {
        var rows = Rows(Path.Combine(folder, "news-ynat-topics.csv")).ToList();
        var step = (to - from).Ticks / Math.Max(1, rows.Count);
        return rows.Select((r, i) => new IncomingItem("ynat-undated", RadarSourceKind.News, r["id"], from.AddTicks(step * i), r["title"], Section: r["section"]));
    }

    private static DateTime Date(string text) =>
        RadarDates.TryParse(text, TimeSpan.FromHours(9), out var utc) ? utc : throw new FormatException($"bad date {text}");

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (csv.Read())
        {
            yield return header.Select((h, i) => (h, csv.GetField(i) ?? "")).ToDictionary(x => x.h, x => x.Item2);
        }
    }
}
