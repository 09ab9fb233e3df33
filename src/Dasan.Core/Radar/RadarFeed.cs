namespace Dasan.Core.Radar;

/// <summary>An RSS 2.0 or Atom feed an administrator configured, with its polling state and health.</summary>
public sealed class RadarFeed
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Url { get; set; }
    public bool Enabled { get; set; } = true;
    public int IntervalMinutes { get; set; } = 30;
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastPolledAt { get; set; }
    public DateTime? LastSuccessAt { get; set; }
    public DateTime? LastErrorAt { get; set; }
    public string? LastError { get; set; }
    public int ConsecutiveFailures { get; set; }
    public DateTime NextPollAt { get; set; }

    /// <summary>Items stored from this feed so far.</summary>
    public int ItemCount { get; set; }

    /// <summary>Items the last successful poll added.</summary>
    public int LastNewItems { get; set; }
}
