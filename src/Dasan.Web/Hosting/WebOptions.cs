namespace Dasan.Web.Hosting;

/// <summary>Limits of the web server. Bound from <c>Dasan:Web</c>.</summary>
public sealed class WebOptions
{
    public const string Section = "Dasan:Web";

    /// <summary>Largest request body accepted, in bytes (default 256 KiB); larger ones get 413.</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Largest body of uploads: the admin API under <c>/api/v1/admin/</c> (catalog, knowledge documents) and file
    /// imports on the programme pages (portfolio, training rosters), in bytes (default 8 MiB).</summary>
    public long MaxAdminUploadBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Submissions and status-page views per client address per minute on public endpoints.</summary>
    public int PublicPermitsPerMinute { get; set; } = 30;

    /// <summary>Calls per API key per minute.</summary>
    public int ApiPermitsPerMinute { get; set; } = 600;

    /// <summary>
    /// The address citizens reach the site at, e.g. <c>https://minwon.seoul.go.kr</c>: status links in confirmations and
    /// e-mails are built from it, never from the request's Host header (which a client chooses). Unset: the address
    /// the server listens on is used when the request came to it, and links are relative otherwise.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Addresses of the reverse proxies in front of the server. Only from them are <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> believed, so each citizen behind the proxy gets their own rate-limit bucket; from
    /// anyone else the headers are ignored (a client cannot pick its own address). Default: none.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Write logs as JSON lines (default) rather than plain text.</summary>
    public bool JsonLogs { get; set; } = true;
}
