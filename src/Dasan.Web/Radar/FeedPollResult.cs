namespace Dasan.Web.Radar;

/// <summary>What one poll of a feed did.</summary>
public sealed record FeedPollResult(bool Success, bool NotModified, int Entries, int Added, IReadOnlyList<string> Warnings, string? Error);
