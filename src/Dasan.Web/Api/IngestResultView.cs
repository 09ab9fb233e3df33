namespace Dasan.Web.Api;

/// <summary>What happened to one uploaded document: indexed, unchanged or failed (with the reason).</summary>
public sealed record IngestResultView(string Key, string Outcome, string? Error);
