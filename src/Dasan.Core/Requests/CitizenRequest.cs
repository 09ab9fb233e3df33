using Dasan.Core.Departments;

namespace Dasan.Core.Requests;

/// <summary>A citizen's request (민원): the case every department works on.</summary>
public sealed class CitizenRequest : Data.IVersioned
{
    public long Id { get; set; }

    /// <summary>Row version: raised on every save, checked by the UPDATE (optimistic concurrency).</summary>
    public int Version { get; set; }

    /// <summary>Public tracking number, e.g. <c>2026-0001234</c>.</summary>
    public required string TrackingNumber { get; set; }

    public required string Title { get; set; }

    /// <summary>The body as the citizen wrote it (protected: only admins see it).</summary>
    public required string Body { get; set; }

    /// <summary>The body with personal data masked: what lists, logs, indexes and models see.</summary>
    public required string MaskedBody { get; set; }

    public RequestChannel Channel { get; set; }
    public RequestType Type { get; set; }
    public RequestStatus Status { get; set; }

    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? Address { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>The 자치구 (e.g. 마포구) the request concerns: from the address, the body, or the coordinates.</summary>
    public string? District { get; set; }

    /// <summary>Open311 service code or domain code chosen by the submitter, if any.</summary>
    public string? ServiceCode { get; set; }

    /// <summary>Identifier of the request in the system it was imported from.</summary>
    public string? ExternalId { get; set; }

    public long? DepartmentId { get; set; }
    public Department? Department { get; set; }

    public DateTime ReceivedAt { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    public string? Answer { get; set; }
    public string? StatusReason { get; set; }
    public long? DuplicateOfId { get; set; }

    /// <summary>Domain code of the request (from the AI triage or the submitter's Open311 service).</summary>
    public string? Domain { get; set; }

    /// <summary>normal, high or critical (AI triage; staff may change it).</summary>
    public string Urgency { get; set; } = "normal";

    /// <summary>Near-duplicate cluster: the id of the first open request of the cluster.</summary>
    public long? ClusterId { get; set; }

    /// <summary>Near-duplicate fingerprint (MinHash signature and shingles) of the masked text, to rebuild the index.</summary>
    public byte[]? Fingerprint { get; set; }

    public List<RequestEvent> Events { get; set; } = [];

    /// <summary>True when the request is still waiting for the city.</summary>
    public bool IsOpen => RequestLifecycle.IsOpen(Status);

    public bool IsOverdue(DateTime utcNow) => IsOpen && utcNow > DueAt;
}
