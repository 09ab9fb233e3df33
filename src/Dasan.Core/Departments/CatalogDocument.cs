namespace Dasan.Core.Departments;

/// <summary>The whole department catalog file.</summary>
public sealed record CatalogDocument
{
    public int Version { get; init; }
    public string? Updated { get; init; }
    public IReadOnlyDictionary<string, string> Domains { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<CatalogBureau> Bureaus { get; init; } = [];
    public IReadOnlyList<CatalogUnit> Units { get; init; } = [];
}
