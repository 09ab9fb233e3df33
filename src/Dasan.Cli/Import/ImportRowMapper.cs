using System.Globalization;
using Dasan.Core.Requests;

namespace Dasan.Cli.Import;

/// <summary>
/// Maps a row to a submission. Recognised fields: id, title, body (or content/description), type, submitted
/// (or date, received_at; local Korean time unless an offset is given), address, lat/latitude, lon/longitude,
/// name, phone, email. A title over the limit is shortened and kept whole at the top of the body; an empty
/// body takes the title; both are reported as warnings.
/// </summary>
public static class ImportRowMapper
{
    public static RequestSubmission Map(ImportRow row, List<string> warnings)
    {
        var title = Get(row, "title", "subject", "제목")?.Trim();
        var body = Get(row, "body", "content", "description", "text", "내용")?.Trim();
        if (string.IsNullOrEmpty(body) && !string.IsNullOrEmpty(title))
        {
            body = title;
            warnings.Add("body is empty; the title is used as the body");
        }

        if (title is { Length: > RequestLimits.TitleMax })
        {
            body = title + "\n\n" + body;
            title = title[..(RequestLimits.TitleMax - 1)] + "…";
            warnings.Add($"title is over {RequestLimits.TitleMax} characters; shortened, full title kept in the body");
        }

        return new RequestSubmission
        {
            Title = title,
            Body = body,
            Type = Get(row, "type", "유형"),
            ExternalId = Get(row, "id", "external_id", "externalId"),
            Address = Get(row, "address", "주소"),
            Latitude = Number(row, "latitude", "lat"),
            Longitude = Number(row, "longitude", "lon", "long", "lng"),
            ContactName = Get(row, "name", "contact_name"),
            ContactPhone = Get(row, "phone", "contact_phone"),
            ContactEmail = Get(row, "email", "contact_email"),
            ReceivedAt = Date(row, "submitted", "received_at", "receivedAt", "date", "created"),
        };
    }

    private static string? Get(ImportRow row, params string[] names)
    {
        foreach (var n in names)
        {
            if (row.Fields.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v))
            {
                return v;
            }
        }

        return null;
    }

    private static double? Number(ImportRow row, params string[] names) =>
        Get(row, names) is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
                : throw RequestValidationException.For(names[0], $"'{text}' is not a number")
            : null;

    private static DateTime? Date(ImportRow row, params string[] names)
    {
        if (Get(row, names) is not { } text)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm"];
        if (DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return DateTime.SpecifyKind(local.AddHours(-9), DateTimeKind.Utc);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            ? withOffset.UtcDateTime
            : throw RequestValidationException.For(names[0], $"'{text}' is not a date (use 2026-11-25 or 2026-11-25 14:30, Korean time)");
    }
}
