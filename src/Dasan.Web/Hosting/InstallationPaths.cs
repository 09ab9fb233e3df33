namespace Dasan.Web.Hosting;

/// <summary>Where this installation keeps its files (database, indexes, models).</summary>
public sealed record InstallationPaths(string DataDirectory);
