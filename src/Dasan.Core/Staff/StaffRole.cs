namespace Dasan.Core.Staff;

/// <summary>What an account or API key may do.</summary>
public enum StaffRole
{
    /// <summary>Department staff (주무관): their own department's requests only.</summary>
    Staff,

    /// <summary>Supervisors and the mayor's office: read and act city-wide.</summary>
    Supervisor,

    /// <summary>AI administrator: everything, including the audit log and protected originals.</summary>
    Admin,

    /// <summary>An integration (API key): submits requests and reads them, changes nothing else.</summary>
    Integration,
}
