namespace Dasan.Core.Departments;

/// <summary>A 실·본부·국 (or an affiliated body) that units belong to.</summary>
public sealed record CatalogBureau
{
    public string Name { get; init; } = "";
    public string? NameEn { get; init; }
    public string? Kind { get; init; }
}
