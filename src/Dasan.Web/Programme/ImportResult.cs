namespace Dasan.Web.Programme;

/// <summary>What an import did: use cases created and updated (all lines or none).</summary>
public sealed record ImportResult(int Created, int Updated);
