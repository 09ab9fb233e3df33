namespace Dasan.Web.Api;

/// <summary>One history entry of a request.</summary>
public sealed record EventView(DateTime At, string Kind, string Actor, string? From, string To, string? Note);
