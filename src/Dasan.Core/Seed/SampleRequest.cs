namespace Dasan.Core.Seed;

/// <summary>One demo request of <c>content/requests/sample-requests.json</c>.</summary>
public sealed record SampleRequest
{
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public string? Type { get; init; }
    public string? Channel { get; init; }
    public string? Domain { get; init; }
    public string? Department { get; init; }
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public string? ContactEmail { get; init; }
    public string? Address { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int DaysAgo { get; init; }
    public string? Status { get; init; }
    public string? Answer { get; init; }
}
