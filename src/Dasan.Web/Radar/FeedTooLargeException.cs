namespace Dasan.Web.Radar;

/// <summary>A feed document over <see cref="Dasan.Core.Radar.RadarOptions.MaxFeedBytes"/>.</summary>
public sealed class FeedTooLargeException(string message) : Exception(message);
