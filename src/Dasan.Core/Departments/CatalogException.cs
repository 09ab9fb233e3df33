namespace Dasan.Core.Departments;

/// <summary>The catalog file is invalid; <see cref="Problems"/> lists every problem with the unit it concerns.</summary>
public sealed class CatalogException(IReadOnlyList<string> problems)
    : Exception("The department catalog is invalid:\n- " + string.Join("\n- ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
