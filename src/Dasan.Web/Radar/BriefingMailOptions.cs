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

    /// <summary>Recipients of the mayor's office briefings (and of briefings sent from the page or the CLI).</summary>
    public List<string> To { get; set; } = [];

    /// <summary>Recipients of each bureau's scheduled briefings, by bureau name (실·본부·국), e.g. <c>Bureaus:교통실:0</c>.</summary>
    public Dictionary<string, List<string>> Bureaus { get; set; } = [];

    /// <summary>Send the daily briefing (and on Mondays the weekly one) every morning (default true when mail is configured).</summary>
    public bool Schedule { get; set; } = true;

    /// <summary>Seoul time of day after which the morning briefings go out (HH:mm, default 07:30).</summary>
    public string SendAt { get; set; } = "07:30";

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && To.Count > 0;
}
