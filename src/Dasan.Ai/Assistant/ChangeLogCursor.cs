using System.Globalization;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Assistant;

/// <summary>
/// How far one node has applied the database's change log (issue 16). Ids are handed out at insert but become
/// visible at commit, so a lower id can appear after a higher one: the cursor only moves past a missing id once
/// that id has been missing for <see cref="GapGrace"/> (a rolled-back insert leaves a permanent gap; the saving
/// transactions that write the log are single SaveChanges calls, far shorter than the grace). Entries above
/// the cursor that were already applied are remembered so they are not applied twice. Kept in a small file beside
/// the on-disk index, so a restart resumes where it stopped.
/// </summary>
public sealed class ChangeLogCursor(string? file, TimeProvider clock)
{
    public static readonly TimeSpan GapGrace = TimeSpan.FromSeconds(60);
    private readonly HashSet<long> _applied = [];
    private readonly Dictionary<long, DateTimeOffset> _gapSince = [];
    private long? _upTo;

    /// <summary>Every entry up to this id has been applied (or was never committed).</summary>
    public long UpTo => _upTo ??= file is not null && File.Exists(file) && long.TryParse(File.ReadAllText(file), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    /// <summary>Every entry of <paramref name="topic"/> after the cursor (some may be applied already: <see cref="IsApplied"/>).</summary>
    public async Task<IReadOnlyList<ChangeLogEntry>> ReadAsync(DasanDbContext db, string topic, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var after = UpTo;
        return await db.ChangeLog.AsNoTracking().Where(c => c.Topic == topic && c.Id > after).OrderBy(c => c.Id).Take(10_000).ToListAsync(ct);
    }

    public bool IsApplied(long id) => id <= UpTo || _applied.Contains(id);

    /// <summary>Records applied entries and moves the cursor over every id that is applied or long missing.</summary>
    public void Applied(IEnumerable<long> ids, IReadOnlyCollection<long> seenAbove)
    {
        _applied.UnionWith(ids);
        var upTo = UpTo;
        var top = seenAbove.Count == 0 ? upTo : seenAbove.Max();
        var now = clock.GetUtcNow();
        while (upTo < top)
        {
            var next = upTo + 1;
            if (!_applied.Contains(next))
            {
                var since = _gapSince.TryGetValue(next, out var s) ? s : _gapSince[next] = now;
                if (now - since < GapGrace)
                {
                    break;
                }
            }

            _applied.Remove(next);
            _gapSince.Remove(next);
            upTo = next;
        }

        Move(upTo);
    }

    /// <summary>Sets the cursor after a full rebuild (to the newest id read before the rebuild).</summary>
    public void Reset(long upTo)
    {
        _applied.Clear();
        _gapSince.Clear();
        Move(upTo);
    }

    /// <summary>
    /// Before a rebuild: the ids of the newest entries (the last 1,000 ids) and where that window starts. The rebuild
    /// reflects every entry in it; an id missing from it may still commit, so the cursor is set below it.
    /// </summary>
    public static async Task<(long From, IReadOnlyList<long> Seen)> RecentAsync(DasanDbContext db, string topic, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var newest = await db.ChangeLog.Where(c => c.Topic == topic).MaxAsync(c => (long?)c.Id, ct) ?? 0;
        var from = Math.Max(0, newest - 1000);
        var seen = await db.ChangeLog.Where(c => c.Topic == topic && c.Id > from && c.Id <= newest).Select(c => c.Id).ToListAsync(ct);
        return (from, seen);
    }

    private void Move(long upTo)
    {
        if (upTo == _upTo)
        {
            return;
        }

        _upTo = upTo;
        if (file is not null)
        {
            File.WriteAllText(file, upTo.ToString(CultureInfo.InvariantCulture));
        }
    }
}
