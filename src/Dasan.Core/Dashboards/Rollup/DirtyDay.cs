namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// A Seoul day whose requests or triage suggestions changed since the roll-up counted it. Written in the same
/// transaction as the change (<see cref="DirtyDayRecorder"/>); removed when <see cref="RollupRefresher"/> recounts it.
/// </summary>
public sealed class DirtyDay
{
    public long Id { get; set; }

    public DateOnly Day { get; set; }
}
