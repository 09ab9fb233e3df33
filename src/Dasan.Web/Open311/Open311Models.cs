namespace Dasan.Web.Open311;

/// <summary>GeoReport v2 error entry.</summary>
public sealed record Open311Error(int Code, string Description);

/// <summary>GeoReport v2 service list entry.</summary>
public sealed record Open311Service(string ServiceCode, string ServiceName, string Description, bool Metadata, string Type, string Keywords, string Group);

/// <summary>GeoReport v2 service definition (Dasan's services take no extra attributes).</summary>
public sealed record Open311ServiceDefinition(string ServiceCode, IReadOnlyList<object> Attributes);

/// <summary>GeoReport v2 answer to POST requests.</summary>
public sealed record Open311Created(string ServiceRequestId, string ServiceNotice, string? AccountId);

/// <summary>GeoReport v2 service request.</summary>
public sealed record Open311Request(
    string ServiceRequestId, string Status, string? StatusNotes, string? ServiceName, string? ServiceCode, string Description,
    string? AgencyResponsible, string? ServiceNotice, string RequestedDatetime, string UpdatedDatetime, string ExpectedDatetime,
    string? Address, double? Lat, double? Long, string? MediaUrl);
