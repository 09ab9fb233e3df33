namespace Dasan.Core.Radar;

/// <summary>Settings of the issue radar (<c>Dasan:Radar</c>). The defaults are documented in ADR 0302.</summary>
public sealed record RadarOptions
{
    public const string Section = "Dasan:Radar";

    /// <summary>Hours the city's local time is ahead of UTC, for dates without an offset and for days. Default 9 (Seoul, no daylight saving).</summary>
    public double UtcOffsetHours { get; init; } = 9;

    /// <summary>The city's offset from UTC.</summary>
    public TimeSpan CityOffset => TimeSpan.FromHours(UtcOffsetHours);

    /// <summary>Days of history before a window that form its baseline. Default 84 (twelve weeks).</summary>
    public int HistoryDays { get; init; } = 84;

    /// <summary>Fewest distinct stories in the window for a phrase to be tested. Default 3.</summary>
    public int MinSupport { get; init; } = 3;

    /// <summary>Fewest distinct stories for a phrase within one district. Default 3.</summary>
    public int MinDistrictSupport { get; init; } = 3;

    /// <summary>Smallest ratio of observed to expected stories. Default 2.</summary>
    public double MinRatio { get; init; } = 2;

    /// <summary>Smallest surprise (−log10 of the negative-binomial tail probability) that fires. Default 3.</summary>
    public double MinSurprise { get; init; } = 3.0;

    /// <summary>Issues returned by a detection. Default 30.</summary>
    public int MaxIssues { get; init; } = 30;

    /// <summary>Days a dismissal suppresses the same issue. Default 28.</summary>
    public int SuppressDays { get; init; } = 28;

    /// <summary>Jaccard similarity of character shingles above which two items are the same story. Default 0.6.</summary>
    public double FoldThreshold { get; init; } = 0.6;

    /// <summary>Days within which near-duplicates fold into one story. Default 3.</summary>
    public int FoldWindowDays { get; init; } = 3;

    /// <summary>Minutes between runs of the background collector of new requests and due feeds. Default 1.</summary>
    public int CollectMinutes { get; init; } = 1;

    /// <summary>Seconds before a feed request times out. Default 20.</summary>
    public int FeedTimeoutSeconds { get; init; } = 20;

    /// <summary>Largest feed document read, in bytes. Default 5 MB.</summary>
    public int MaxFeedBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Longest back-off after repeated feed failures, in minutes. Default 1440 (a day).</summary>
    public int MaxBackoffMinutes { get; init; } = 1440;
}
