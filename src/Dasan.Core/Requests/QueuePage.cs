namespace Dasan.Core.Requests;

/// <summary>One page of a queue.</summary>
public sealed record QueuePage(IReadOnlyList<CitizenRequest> Items, int Total, int Page, int PageSize);
