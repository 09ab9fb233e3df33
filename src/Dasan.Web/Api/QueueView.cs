namespace Dasan.Web.Api;

/// <summary>One page of a queue in the API.</summary>
public sealed record QueueView(IReadOnlyList<RequestView> Items, int Total, int Page, int PageSize);
