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

    /// <summary>
    /// Changes on logout (and on deactivation): every session cookie carries the stamp it was issued with and is
    /// refused once the stamp moved, so a logged-out cookie is dead on the server, not only in the browser.
    /// </summary>
    public string SecurityStamp { get; set; } = "";

    /// <summary>Failed logins since the last success; every fifth locks the account for a while.</summary>
    public int FailedLogins { get; set; }

    /// <summary>Until when logins are refused, even with the right password (UTC).</summary>
    public DateTime? LockedUntil { get; set; }
}
