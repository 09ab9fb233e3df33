namespace Dasan.Web.Radar;

/// <summary>SMTP settings for e-mailed briefings (<c>Dasan:Radar:Mail</c>). Briefings are e-mailed only when <see cref="Host"/> is set.</summary>
public sealed class BriefingMailOptions
{
    public const string Section = "Dasan:Radar:Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;

    /// <summary>STARTTLS when the server offers it (default true); false for a plain local relay.</summary>
    public bool StartTls { get; set; } = true;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "dasan-radar@localhost";

    /// <summary>Recipients of every briefing.</summary>
    public List<string> To { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && To.Count > 0;
}
