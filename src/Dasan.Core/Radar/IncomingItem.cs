namespace Dasan.Core.Radar;

/// <summary>An item offered to the radar by a source, before analysis. Texts may hold personal data; they are masked before storage.</summary>
public sealed record IncomingItem(
    string Source,
    RadarSourceKind Kind,
    string ExternalId,
    DateTime PublishedAt,
    string Title,
    string? Body = null,
    string? Section = null,
    string? Url = null)
{
    /// <summary>A domain already known (a triaged request's), so the router is not asked again.</summary>
    public string? KnownDomain { get; init; }

    /// <summary>Departments already known (a triaged request's), best first.</summary>
    public IReadOnlyList<string>? KnownDepartments { get; init; }
}
