namespace Dasan.Ai.Triage.Duplicates;

/// <summary>
/// Thread-safe in-memory near-duplicate index: MinHash signatures split into LSH bands find
/// candidates, and the exact Jaccard similarity of their shingle sets decides. Entries are
/// fingerprints, never texts; store <see cref="DuplicateFingerprint.ToBytes"/> and rebuild with
/// <see cref="Add(long, DuplicateFingerprint, DateTime)"/>. Time is passed in, never read.
/// </summary>
public sealed class NearDuplicateIndex
{
    /// <summary>Candidates whose estimated similarity is this far below the threshold skip the exact check
    /// (about four standard deviations of the estimate with 128 slots).</summary>
    private const double EstimateMargin = 0.2;

    private readonly Lock _gate = new();
    private readonly Dictionary<long, IndexedText> _entries = [];
    private readonly Dictionary<ulong, List<long>>[] _bands;
    private DateTime _oldest = DateTime.MaxValue;

    /// <summary>Creates an empty index; null options mean the documented defaults.</summary>
    public NearDuplicateIndex(NearDuplicateOptions? options = null)
    {
        Hasher = new MinHasher(options);
        _bands = Enumerable.Range(0, Options.Bands).Select(_ => new Dictionary<ulong, List<long>>()).ToArray();
    }

    /// <summary>The hasher, to fingerprint texts with the index's settings.</summary>
    public MinHasher Hasher { get; }

    /// <summary>The settings in use.</summary>
    public NearDuplicateOptions Options => Hasher.Options;

    /// <summary>How many entries the index holds.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Indexes <paramref name="text"/> under <paramref name="id"/> (replacing it) and returns its fingerprint for storage.</summary>
    public DuplicateFingerprint Add(long id, string text, DateTime at)
    {
        var fingerprint = Hasher.Fingerprint(text);
        Add(id, fingerprint, at);
        return fingerprint;
    }

    /// <summary>Indexes a stored fingerprint under <paramref name="id"/>, replacing any entry with that id.</summary>
    public void Add(long id, DuplicateFingerprint fingerprint, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        if (fingerprint.Signature.Count != Options.HashCount)
        {
            throw new ArgumentException($"The fingerprint has {fingerprint.Signature.Count} hashes but the index uses {Options.HashCount}; recompute it with this index's Hasher.", nameof(fingerprint));
        }

        var entry = new IndexedText(id, fingerprint, at, BandKeys(fingerprint));
        lock (_gate)
        {
            RemoveLocked(id);
            _entries[id] = entry;
            _oldest = at < _oldest ? at : _oldest;
            for (var b = 0; b < _bands.Length; b++)
            {
                if (!_bands[b].TryGetValue(entry.BandKeys[b], out var bucket))
                {
                    _bands[b][entry.BandKeys[b]] = bucket = [];
                }

                bucket.Add(id);
            }
        }
    }

    /// <summary>Removes the entry with <paramref name="id"/>; false when there was none.</summary>
    public bool Remove(long id)
    {
        lock (_gate)
        {
            return RemoveLocked(id);
        }
    }

    /// <summary>Removes entries older than <paramref name="now"/> minus <see cref="NearDuplicateOptions.Window"/>; returns how many.</summary>
    public int Evict(DateTime now)
    {
        var cutoff = now - Options.Window;
        lock (_gate)
        {
            if (cutoff <= _oldest)
            {
                return 0; // nothing is old enough: no scan (this runs on every intake)
            }

            var old = _entries.Values.Where(e => e.At < cutoff).Select(e => e.Id).ToList();
            old.ForEach(id => RemoveLocked(id));
            _oldest = _entries.Count == 0 ? DateTime.MaxValue : _entries.Values.Min(e => e.At);
            return old.Count;
        }
    }

    /// <summary>Up to <paramref name="max"/> indexed texts at least <see cref="NearDuplicateOptions.Threshold"/> similar, most similar first (ties by id).</summary>
    public IReadOnlyList<DuplicateMatch> FindSimilar(string text, int max = 5) => FindSimilar(Hasher.Fingerprint(text), max);

    /// <summary>As <see cref="FindSimilar(string, int)"/>, for a fingerprint already computed.</summary>
    public IReadOnlyList<DuplicateMatch> FindSimilar(DuplicateFingerprint fingerprint, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var keys = BandKeys(fingerprint);
        var candidates = Candidates(keys);

        var floor = Options.Threshold - EstimateMargin;
        return candidates
            .Where(c => MinHasher.EstimateJaccard(fingerprint, c.Fingerprint) >= floor)
            .Select(c => new DuplicateMatch(c.Id, MinHasher.Jaccard(fingerprint, c.Fingerprint)))
            .Where(m => m.Similarity >= Options.Threshold)
            .OrderByDescending(m => m.Similarity)
            .ThenBy(m => m.Id)
            .Take(max)
            .ToList();
    }

    /// <summary>
    /// The distinct entries sharing a band with <paramref name="keys"/>, newest first across the bands in turn, at most
    /// <see cref="NearDuplicateOptions.MaxCandidates"/>: a flood of near-identical requests puts thousands in every
    /// bucket, and checking each would make every intake slower than the last (the flood still forms one cluster,
    /// since the newest members already carry its id).
    /// </summary>
    private List<IndexedText> Candidates(ulong[] keys)
    {
        var candidates = new List<IndexedText>();
        lock (_gate)
        {
            var buckets = new List<List<long>>();
            for (var b = 0; b < _bands.Length; b++)
            {
                if (_bands[b].TryGetValue(keys[b], out var bucket))
                {
                    buckets.Add(bucket);
                }
            }

            var seen = new HashSet<long>();
            var deepest = buckets.Count == 0 ? 0 : buckets.Max(b => b.Count);
            for (var depth = 1; depth <= deepest && candidates.Count < Options.MaxCandidates; depth++)
            {
                foreach (var bucket in buckets)
                {
                    if (bucket.Count >= depth && seen.Add(bucket[^depth]))
                    {
                        candidates.Add(_entries[bucket[^depth]]);
                        if (candidates.Count == Options.MaxCandidates)
                        {
                            break;
                        }
                    }
                }
            }
        }

        return candidates;
    }

    private bool RemoveLocked(long id)
    {
        if (!_entries.Remove(id, out var entry))
        {
            return false;
        }

        for (var b = 0; b < _bands.Length; b++)
        {
            var bucket = _bands[b][entry.BandKeys[b]];
            bucket.Remove(id);
            if (bucket.Count == 0)
            {
                _bands[b].Remove(entry.BandKeys[b]);
            }
        }

        return true;
    }

    private ulong[] BandKeys(DuplicateFingerprint fingerprint)
    {
        var signature = fingerprint.SignatureSpan;
        var rows = Options.RowsPerBand;
        var keys = new ulong[_bands.Length];
        for (var b = 0; b < keys.Length; b++)
        {
            var key = Hash64.Seed(b);
            for (var r = 0; r < rows; r++)
            {
                key = Hash64.Mix(key ^ signature[(b * rows) + r]);
            }

            keys[b] = key;
        }

        return keys;
    }
}
