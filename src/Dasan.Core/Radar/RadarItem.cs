namespace Dasan.Core.Radar;

/// <summary>
/// One text the radar watches (a request, a news item or an imported record), masked and tagged once when it
/// arrives: domain, candidate departments, districts, key phrases and the near-duplicate story it folds into.
/// </summary>
public sealed class RadarItem
{
    public long Id { get; set; }

    /// <summary>The source name (<c>requests</c>, a feed name, or the name given to an import).</summary>
    public required string Source { get; set; }
    public RadarSourceKind Kind { get; set; }

    /// <summary>The id in the source (request id, feed GUID, import id); unique per source.</summary>
    public required string ExternalId { get; set; }
    public DateTime PublishedAt { get; set; }
    public DateTime CollectedAt { get; set; }

    /// <summary>Title with personal data masked.</summary>
    public required string Title { get; set; }

    /// <summary>The start of the body with personal data masked (may be empty).</summary>
    public string Body { get; set; } = "";
    public string? Section { get; set; }
    public string? Url { get; set; }
    public string? Domain { get; set; }

    /// <summary>Candidate department codes, best first, separated by <c>|</c>.</summary>
    public string Departments { get; set; } = "";

    /// <summary>District names (강남구) mentioned, separated by <c>|</c>.</summary>
    public string Districts { get; set; } = "";

    /// <summary>Key phrases, separated by <c>|</c>.</summary>
    public string Phrases { get; set; } = "";

    /// <summary>The id of the first item of the same story (near-duplicate folding); its own id when it is the first.</summary>
    public long? StoryId { get; set; }
}
