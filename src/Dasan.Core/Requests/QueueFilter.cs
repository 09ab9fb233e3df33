namespace Dasan.Core.Requests;

/// <summary>Filters of a department queue. <see cref="Status"/> "open" (default) means every open status.</summary>
public sealed record QueueFilter
{
    public string? Status { get; init; } = "open";
    public string? Type { get; init; }
    public bool OverdueOnly { get; init; }
    public long? DepartmentId { get; init; }
    public string? Search { get; init; }

    /// <summary>due (default, soonest first), received (newest first) or updated.</summary>
    public string? Sort { get; init; } = "due";

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}
