namespace Dasan.Web.Tests.Browser;

/// <summary>One axe rule a page breaks: its id, impact (minor … critical), help text and the offending nodes' HTML.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Nodes);
