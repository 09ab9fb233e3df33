namespace Dasan.Core.Challenges;

/// <summary>A registered start-up (organisation and its contact), who signs in to submit and follow proposals.</summary>
public sealed class Startup
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>사업자등록번호 as <c>NNN-NN-NNNNN</c>, check digit verified.</summary>
    public required string BusinessNumber { get; set; }

    public required string Representative { get; set; }
    public required string ContactName { get; set; }
    public required string Email { get; set; }
    public required string Phone { get; set; }
    public required string Login { get; set; }
    public required string PasswordHash { get; set; }
    public string SecurityStamp { get; set; } = "";
    public DateTime CreatedAt { get; set; }

    /// <summary>Failed logins since the last success; every fifth locks the account for a while (as for staff).</summary>
    public int FailedLogins { get; set; }

    /// <summary>Until when logins are refused, even with the right password (UTC).</summary>
    public DateTime? LockedUntil { get; set; }
}
