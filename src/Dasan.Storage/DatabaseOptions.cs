namespace Dasan.Storage;

/// <summary>Which database the installation uses. Bound from <c>Dasan:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Dasan:Database";

    /// <summary><c>sqlite</c> (default: a file <c>dasan.db</c> in the data directory) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Connection string; required for postgres, optional for sqlite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Seconds a command may run before it fails (and the request answers 503).</summary>
    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>Migrate and seed when the server starts (default true); turn off when operators migrate separately.</summary>
    public bool InitializeOnStart { get; set; } = true;
}
