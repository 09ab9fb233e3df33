namespace Dasan.Ai.Learning;

/// <summary>
/// Maps feature terms to indices with their inverse document frequency, and turns term lists
/// into L2-normalised sublinear TF-IDF vectors. Read-only after construction, so thread-safe.
/// </summary>
internal sealed class FeatureVocabulary
{
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public FeatureVocabulary(IReadOnlyList<string> terms, float[] idf)
    {
        Terms = terms;
        Idf = idf;
        _index = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            _index[terms[i]] = i;
        }

        _spans = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Counts a term given as characters, without allocating a string; unknown terms are ignored.</summary>
    public void CountTerm(ReadOnlySpan<char> term, Dictionary<int, int> counts)
    {
        if (_spans.TryGetValue(term, out var index))
        {
            counts[index] = counts.GetValueOrDefault(index) + 1;
        }
    }

    public IReadOnlyList<string> Terms { get; }

    public float[] Idf { get; }

    public int Count => Terms.Count;

    /// <summary>Builds the vocabulary of the terms found in at least <paramref name="minCount"/> documents.</summary>
    public static FeatureVocabulary Build(IReadOnlyList<string[]> documents, int minCount)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var term in document.Distinct(StringComparer.Ordinal))
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        var kept = frequency.Where(pair => pair.Value >= minCount).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var total = documents.Count;
        var idf = kept.Select(pair => (float)(Math.Log((total + 1.0) / (pair.Value + 1.0)) + 1.0)).ToArray();
        return new FeatureVocabulary(kept.Select(pair => pair.Key).ToArray(), idf);
    }

    /// <summary>The TF-IDF vector of a document's terms; unknown terms are ignored.</summary>
    public SparseVector Vectorize(List<string> terms)
    {
        var counts = new Dictionary<int, int>(terms.Count);
        foreach (var term in terms)
        {
            if (_index.TryGetValue(term, out var index))
            {
                counts[index] = counts.GetValueOrDefault(index) + 1;
            }
        }

        return Vectorize(counts);
    }

    /// <summary>The TF-IDF vector of term counts made by <see cref="CountTerm"/>.</summary>
    public SparseVector Vectorize(Dictionary<int, int> counts)
    {

        var indices = counts.Keys.ToArray();
        Array.Sort(indices);
        var values = new float[indices.Length];
        var norm = 0.0;
        for (var i = 0; i < indices.Length; i++)
        {
            var value = (1.0 + Math.Log(counts[indices[i]])) * Idf[indices[i]];
            values[i] = (float)value;
            norm += value * value;
        }

        if (norm > 0)
        {
            var scale = (float)(1.0 / Math.Sqrt(norm));
            for (var i = 0; i < values.Length; i++)
            {
                values[i] *= scale;
            }
        }

        return new SparseVector(indices, values);
    }
}
