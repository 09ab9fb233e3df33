namespace Dasan.Core.Requests;

/// <summary>What a channel hands to intake. Field names are the ones reported in validation errors.</summary>
public sealed record RequestSubmission
{
    public string? Title { get; init; }
    public string? Body { get; init; }
    public string? Type { get; init; }
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public string? ContactEmail { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? ServiceCode { get; init; }
    public string? ExternalId { get; init; }

    /// <summary>Only imports may set when a request was received; other channels use the clock.</summary>
    public DateTime? ReceivedAt { get; init; }
}
