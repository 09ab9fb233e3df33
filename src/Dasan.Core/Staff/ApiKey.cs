namespace Dasan.Core.Staff;

/// <summary>An API key for integrations. Only a SHA-256 hash of the key is stored.</summary>
public sealed class ApiKey
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the key, to tell keys apart in lists.</summary>
    public required string Prefix { get; set; }

    public required string KeyHash { get; set; }
    public StaffRole Role { get; set; } = StaffRole.Integration;
    public long? DepartmentId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
