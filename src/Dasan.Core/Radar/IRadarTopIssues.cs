namespace Dasan.Core.Radar;

/// <summary>The radar's current top issues, for dashboards and other read-only consumers.</summary>
public interface IRadarTopIssues
{
    /// <summary>The top <paramref name="count"/> issues of the last <paramref name="days"/> days up to today (UTC), dismissed ones left out.</summary>
    Task<IReadOnlyList<DetectedIssue>> TopAsync(int count, int days = 7, CancellationToken ct = default);
}
