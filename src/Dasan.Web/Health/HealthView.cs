namespace Dasan.Web.Health;

/// <summary>Body of /health.</summary>
public sealed record HealthView(string Status, string Database);
