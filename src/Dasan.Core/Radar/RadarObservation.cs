namespace Dasan.Core.Radar;

/// <summary>What the detector needs of one item: its day, kind, tags, phrases and story.</summary>
public sealed record RadarObservation(
    long Id,
    DateOnly Day,
    RadarSourceKind Kind,
    string? Domain,
    string[] Districts,
    string[] Departments,
    string[] Phrases,
    long Story,
    string Source = "",
    string Title = "",
    string? Url = null)
{
    /// <summary>True for the first item of its story (the one whose phrases are counted).</summary>
    public bool LeadsStory => Story == Id;

    /// <summary>Builds an observation from a stored item.</summary>
    public static RadarObservation From(RadarItem item, TimeSpan cityOffset) => new(
        item.Id,
        RadarDates.DayOf(item.PublishedAt, cityOffset),
        item.Kind,
        item.Domain,
        Split(item.Districts),
        Split(item.Departments),
        Split(item.Phrases),
        item.StoryId ?? item.Id,
        item.Source,
        item.Title,
        item.Url);

    /// <summary>Splits a stored <c>|</c>-separated list.</summary>
    public static string[] Split(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
