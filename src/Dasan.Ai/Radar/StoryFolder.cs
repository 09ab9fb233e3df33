using Dasan.Ai.Triage.Duplicates;
using Dasan.Core.Radar;

namespace Dasan.Ai.Radar;

/// <summary>
/// Folds the same story told by many outlets (or near-identical petitions) into one: a near-duplicate index of
/// the titles of the last <see cref="RadarOptions.FoldWindowDays"/> days by publication time, remembering the story
/// each entry belongs to. Items must arrive roughly in time order; older entries are evicted. Thread-safe.
/// </summary>
public sealed class StoryFolder(RadarOptions options)
{
    private const int FingerprintChars = 200;
    private readonly NearDuplicateIndex _index = new(NearDuplicateOptions.Default with
    {
        Threshold = options.FoldThreshold, Window = TimeSpan.FromDays(options.FoldWindowDays),
    });
    private readonly Dictionary<long, (long Story, DateTime At)> _storyOf = [];
    private readonly Lock _gate = new();

    /// <summary>Serialises ingestions so folding sees every earlier item.</summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>True once the index was filled from the stored items.</summary>
    public bool Loaded { get; set; }

    public DuplicateFingerprint Fingerprint(string title, string body) =>
        _index.Hasher.Fingerprint(body.Length == 0 ? title : title + " " + (body.Length > FingerprintChars ? body[..FingerprintChars] : body));

    /// <summary>The story an item with this fingerprint belongs to, or null when it starts a new one.</summary>
    public long? StoryOf(DuplicateFingerprint fingerprint)
    {
        var match = _index.FindSimilar(fingerprint, 1);
        lock (_gate)
        {
            return match.Count > 0 && _storyOf.TryGetValue(match[0].Id, out var entry) ? entry.Story : null;
        }
    }

    /// <summary>Remembers an item (an id, possibly temporary and negative) and the story it belongs to.</summary>
    public void Add(long id, long story, DuplicateFingerprint fingerprint, DateTime at)
    {
        _index.Add(id, fingerprint, at);
        lock (_gate)
        {
            _storyOf[id] = (story, at);
        }
    }

    /// <summary>Forgets an entry (a temporary id once the real one is known).</summary>
    public void Remove(long id)
    {
        _index.Remove(id);
        lock (_gate)
        {
            _storyOf.Remove(id);
        }
    }

    /// <summary>Drops entries older than the fold window before <paramref name="now"/> (call once per batch).</summary>
    public void Evict(DateTime now)
    {
        if (_index.Evict(now) == 0)
        {
            return;
        }

        var cutoff = now - _index.Options.Window;
        lock (_gate)
        {
            foreach (var id in _storyOf.Where(e => e.Value.At < cutoff).Select(e => e.Key).ToList())
            {
                _storyOf.Remove(id);
            }
        }
    }
}
