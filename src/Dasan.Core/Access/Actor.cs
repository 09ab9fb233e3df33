using Dasan.Core.Requests;
using Dasan.Core.Staff;

namespace Dasan.Core.Access;

/// <summary>The identity a service call runs as, with the department scoping rules.</summary>
/// <param name="ApiKeyId">The API key an integration acts through (names of keys are not unique).</param>
public sealed record Actor(ActorKind Kind, string Name, StaffRole? Role = null, long? UserId = null, long? DepartmentId = null, long? ApiKeyId = null)
{
    public static Actor Citizen { get; } = new(ActorKind.Citizen, "citizen");
    public static Actor System { get; } = new(ActorKind.System, "system");

    public bool IsCityWide => Role is StaffRole.Admin or StaffRole.Supervisor or StaffRole.Integration;

    public bool CanRead(CitizenRequest request) => IsCityWide || (DepartmentId is { } d && request.DepartmentId == d);

    /// <summary>Staff act on their department's requests; supervisors and admins on any.</summary>
    public bool CanAct(CitizenRequest request) => Role switch
    {
        StaffRole.Admin or StaffRole.Supervisor => true,
        StaffRole.Staff => DepartmentId is { } d && request.DepartmentId == d,
        _ => Kind == ActorKind.System || Kind == ActorKind.Ai,
    };
}
