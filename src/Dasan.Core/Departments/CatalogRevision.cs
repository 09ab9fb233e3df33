namespace Dasan.Core.Departments;

/// <summary>A version of the department catalog an admin saved; the newest is active (the shipped one until then).</summary>
public sealed class CatalogRevision
{
    public long Id { get; set; }
    public required string Json { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
