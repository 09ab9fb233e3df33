using Dasan.Cli.Import;
using Dasan.Core.Radar;

namespace Dasan.Cli.Commands;

/// <summary>Maps an import row to a radar item, or says which field is wrong.</summary>
public sealed record RadarRowMapper(string Source, RadarSourceKind Kind, string DateField, int DateShift, string SectionField)
{
    private const int MaxId = 300;

    /// <summary>Null on success, else the error naming the field.</summary>
    public string? Map(ImportRow row, TimeSpan cityOffset, out IncomingItem? item)
    {
        item = null;
        if (row.ParseError is not null)
        {
            return row.ParseError;
        }

        var id = Field(row, "id");
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxId)
        {
            return $"id: required, 1 to {MaxId} characters";
        }

        var date = Field(row, DateField);
        if (!RadarDates.TryParse(date, cityOffset, out var at))
        {
            return $"{DateField}: '{date}' is not an ISO 8601 date or date-time (2020-02-03, 2020-02-03 14:18, 2020-02-03T14:18+09:00)";
        }

        var title = Field(row, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            return "title: required";
        }

        item = new IncomingItem(Source, Kind, id.Trim(), at.AddDays(DateShift), title, Field(row, "body"), Field(row, SectionField), Field(row, "url"));
        return null;
    }

    private static string? Field(ImportRow row, string name) => row.Fields.TryGetValue(name, out var v) ? v : null;
}
