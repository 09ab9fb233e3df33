namespace Dasan.Core.Departments;

/// <summary>One unit of the department catalog, as shipped in <c>content/catalog/departments.json</c>.</summary>
public sealed record CatalogUnit
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string? NameEn { get; init; }
    public string Bureau { get; init; } = "";
    public string? Kind { get; init; }
    public string Domain { get; init; } = "";
    public string Duties { get; init; } = "";
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Examples { get; init; } = [];
    public IReadOnlyList<string> FormerNames { get; init; } = [];
}
