namespace Dasan.Core.Staff;

/// <summary>A staff account that logs in to the staff app.</summary>
public sealed class StaffUser
{
    public long Id { get; set; }
    public required string Login { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    public StaffRole Role { get; set; }
    public long? DepartmentId { get; set; }
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime? LastLoginAt { get; set; }
}
