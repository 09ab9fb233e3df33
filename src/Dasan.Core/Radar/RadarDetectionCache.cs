using System.Collections.Concurrent;

namespace Dasan.Core.Radar;

/// <summary>
/// The detector's last results per window, so that the radar page, the dashboard panel and the API do not recount
/// a window whose items have not changed. An entry is keyed by the window, the source and a stamp of the stored
/// items (their count and highest id), so any new item makes it stale; dismissals are applied after the cache.
/// Bounded: the oldest entries go first.
/// </summary>
public sealed class RadarDetectionCache
{
    private const int Capacity = 32;
    private readonly ConcurrentDictionary<Key, Entry> _entries = new();
    private long _clock;

    public bool TryGet(DateOnly from, DateOnly to, string? source, (int Count, long MaxId) stamp, out IReadOnlyList<DetectedIssue> issues, out int itemsRead)
    {
        if (_entries.TryGetValue(new Key(from, to, source, stamp), out var entry))
        {
            entry.Used = Interlocked.Increment(ref _clock);
            (issues, itemsRead) = (entry.Issues, entry.ItemsRead);
            return true;
        }

        (issues, itemsRead) = ([], 0);
        return false;
    }

    public void Set(DateOnly from, DateOnly to, string? source, (int Count, long MaxId) stamp, IReadOnlyList<DetectedIssue> issues, int itemsRead)
    {
        _entries[new Key(from, to, source, stamp)] = new Entry(issues, itemsRead) { Used = Interlocked.Increment(ref _clock) };
        while (_entries.Count > Capacity)
        {
            var oldest = _entries.MinBy(e => e.Value.Used);
            _entries.TryRemove(oldest.Key, out _);
        }
    }

    private sealed record Key(DateOnly From, DateOnly To, string? Source, (int Count, long MaxId) Stamp);

    private sealed class Entry(IReadOnlyList<DetectedIssue> issues, int itemsRead)
    {
        public IReadOnlyList<DetectedIssue> Issues { get; } = issues;
        public int ItemsRead { get; } = itemsRead;
        public long Used { get; set; }
    }
}
