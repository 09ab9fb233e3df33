namespace Dasan.Core.Radar;

/// <summary>One entry of a feed document.</summary>
public sealed record FeedEntry(string Id, string Title, string? Summary, string? Link, DateTime PublishedAt);
