namespace Dasan.Core.Radar;

/// <summary>A parsed feed: its entries and what was wrong with some of them (kept, with the problem fixed or noted).</summary>
public sealed record FeedDocument(IReadOnlyList<FeedEntry> Entries, IReadOnlyList<string> Warnings);
