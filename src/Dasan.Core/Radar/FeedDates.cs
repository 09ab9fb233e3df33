using System.Globalization;

namespace Dasan.Core.Radar;

/// <summary>Feed dates: RFC 822 (RSS: <c>Mon, 03 Feb 2020 14:18:00 +0900</c>, zone names GMT, UT, KST…) and ISO 8601 (Atom).</summary>
public static class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+0000", ["UT"] = "+0000", ["UTC"] = "+0000", ["Z"] = "+0000", ["KST"] = "+0900", ["JST"] = "+0900",
        ["EST"] = "-0500", ["EDT"] = "-0400", ["CST"] = "-0600", ["CDT"] = "-0500", ["MST"] = "-0700", ["MDT"] = "-0600",
        ["PST"] = "-0800", ["PDT"] = "-0700",
    };

    private static readonly string[] Rfc822 = ["d MMM yyyy HH:mm:ss zzzz", "d MMM yyyy HH:mm zzzz", "d MMM yy HH:mm:ss zzzz", "d MMM yy HH:mm zzzz"];

    public static bool TryParse(string? text, TimeSpan cityOffset, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        if (RadarDates.TryParse(s, cityOffset, out utc))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) && s.Contains('-', StringComparison.Ordinal) && s.Length >= 10 && char.IsDigit(s[0]))
        {
            utc = iso.UtcDateTime;
            return true;
        }

        var comma = s.IndexOf(',', StringComparison.Ordinal);
        s = comma >= 0 ? s[(comma + 1)..].Trim() : s;
        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 5)
        {
            return false;
        }

        var zone = Zones.TryGetValue(parts[^1], out var z) ? z : parts[^1];
        if (zone.Length == 5 && zone[0] is '+' or '-')
        {
            zone = zone[..3] + ":" + zone[3..];
        }

        var candidate = string.Join(' ', parts[..^1]) + " " + zone;
        if (DateTimeOffset.TryParseExact(candidate, Rfc822.Select(f => f.Replace("zzzz", "zzz", StringComparison.Ordinal)).ToArray(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var rfc))
        {
            utc = rfc.UtcDateTime;
            return true;
        }

        return false;
    }
}
