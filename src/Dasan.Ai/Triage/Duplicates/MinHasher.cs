using System.Text;
using Dasan.Ai.Triage.Summary;
using Dasan.Korean.Normalization;

namespace Dasan.Ai.Triage.Duplicates;

/// <summary>
/// Fingerprints a text for near-duplicate search: the text is normalised, greeting-only sentences
/// (안녕하세요. 수고하세요!) dropped, spaces and punctuation removed and the rest cut into character
/// shingles, hashed with 64-bit mixing; the signature has <see cref="NearDuplicateOptions.HashCount"/>
/// slots filled by one-permutation MinHash. Thread-safe.
/// </summary>
public sealed class MinHasher
{
    private const int LongestBoilerplateSentence = 40;

    private readonly TextNormalizer _normalizer = new();

    /// <summary>Creates a hasher; null options mean the documented defaults.</summary>
    public MinHasher(NearDuplicateOptions? options = null)
    {
        Options = options ?? NearDuplicateOptions.Default;
        Options.Validate();
    }

    /// <summary>The settings in use.</summary>
    public NearDuplicateOptions Options { get; }

    /// <summary>Exact Jaccard similarity of the shingle sets of two fingerprints.</summary>
    public static double Jaccard(DuplicateFingerprint a, DuplicateFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ReadOnlySpan<ulong> x = a.ShingleSpan, y = b.ShingleSpan;
        if (x.IsEmpty || y.IsEmpty)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                common++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common / (double)(x.Length + y.Length - common);
    }

    /// <summary>Computes the fingerprint of <paramref name="text"/> (plain or HTML).</summary>
    public DuplicateFingerprint Fingerprint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shingles = Shingle(Content(text));
        return new DuplicateFingerprint(Sign(shingles, Options.HashCount), shingles);
    }

    /// <summary>Estimated Jaccard similarity: the share of signature slots that agree.</summary>
    public static double EstimateJaccard(DuplicateFingerprint a, DuplicateFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ReadOnlySpan<ulong> x = a.SignatureSpan, y = b.SignatureSpan;
        if (x.Length != y.Length || a.ShingleSpan.IsEmpty || b.ShingleSpan.IsEmpty)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < x.Length; i++)
        {
            same += x[i] == y[i] ? 1 : 0;
        }

        return same / (double)x.Length;
    }

    /// <summary>
    /// One-permutation MinHash with densification (Shrivastava and Li, 2014): each shingle hash goes
    /// to one of <paramref name="count"/> bins, each bin keeps its minimum, and an empty bin borrows
    /// from the next non-empty one, re-mixed with the distance. One pass over the shingles instead
    /// of one per hash function, with the same collision probability.
    /// </summary>
    private static ulong[] Sign(ulong[] shingles, int count)
    {
        var signature = new ulong[count];
        Array.Fill(signature, ulong.MaxValue);
        if (shingles.Length == 0)
        {
            return signature;
        }

        var filled = new bool[count];
        foreach (var shingle in shingles)
        {
            var bin = (int)Math.BigMul(shingle, (ulong)count, out var rest);
            filled[bin] = true;
            if (rest < signature[bin])
            {
                signature[bin] = rest;
            }
        }

        var densified = (ulong[])signature.Clone();
        for (var i = 0; i < count; i++)
        {
            if (!filled[i])
            {
                var distance = 1;
                while (!filled[(i + distance) % count])
                {
                    distance++;
                }

                densified[i] = Hash64.Mix(signature[(i + distance) % count] + ((ulong)distance * Hash64.Prime2));
            }
        }

        return densified;
    }

    private string Content(string text)
    {
        var normalized = _normalizer.Normalize(text).Text;
        var builder = new StringBuilder(normalized.Length);
        foreach (var (start, length) in KoreanSentenceSplitter.Split(normalized))
        {
            var sentence = normalized.AsSpan(start, length);
            if (length <= LongestBoilerplateSentence && SentenceBoilerplate.Factor(sentence.ToString()) <= 0.05)
            {
                continue;
            }

            foreach (var c in sentence)
            {
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }
        }

        return builder.ToString();
    }

    private ulong[] Shingle(string content)
    {
        var k = Options.ShingleLength;
        if (content.Length == 0)
        {
            return [];
        }

        var count = Math.Max(1, content.Length - k + 1);
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            ulong key = (ulong)Math.Min(k, content.Length - i);
            for (var c = i; c < Math.Min(i + k, content.Length); c++)
            {
                key = (key << 16) | content[c];
            }

            hashes[i] = Hash64.Mix(key * Hash64.Prime1);
        }

        Array.Sort(hashes);
        var distinct = 1;
        for (var i = 1; i < hashes.Length; i++)
        {
            if (hashes[i] != hashes[distinct - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        return hashes[..distinct];
    }
}
