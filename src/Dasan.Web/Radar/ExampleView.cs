using System.Text.Json.Serialization;
using Dasan.Core.Radar;

namespace Dasan.Web.Radar;

/// <summary>A representative item as printed.</summary>
public sealed record ExampleView(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string? Url)
{
    public static ExampleView From(IssueExample e) =>
        new(e.Id, e.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Source, e.Title, e.Url);
}
