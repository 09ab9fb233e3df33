using System.Buffers.Binary;

namespace Dasan.Ai.Triage.Duplicates;

/// <summary>
/// What the index keeps of a text: the MinHash signature and the sorted, distinct shingle hashes
/// (for the exact Jaccard check). Serialises to bytes so it can be stored and the index rebuilt.
/// </summary>
public sealed class DuplicateFingerprint
{
    private const byte FormatVersion = 1;

    private readonly ulong[] _signature;
    private readonly ulong[] _shingles;

    internal DuplicateFingerprint(ulong[] signature, ulong[] shingles)
    {
        _signature = signature;
        _shingles = shingles;
    }

    /// <summary>The MinHash signature, one minimum per hash function.</summary>
    public IReadOnlyList<ulong> Signature => _signature;

    /// <summary>The distinct shingle hashes, sorted ascending.</summary>
    public IReadOnlyList<ulong> Shingles => _shingles;

    internal ReadOnlySpan<ulong> SignatureSpan => _signature;

    internal ReadOnlySpan<ulong> ShingleSpan => _shingles;

    /// <summary>Reads bytes written by <see cref="ToBytes"/>.</summary>
    public static DuplicateFingerprint FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 9 || bytes[0] != FormatVersion)
        {
            throw new FormatException($"Not a duplicate fingerprint of format {FormatVersion}; rebuild it from the text with MinHasher.Fingerprint.");
        }

        var hashCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[1..]);
        var shingleCount = BinaryPrimitives.ReadInt32LittleEndian(bytes[5..]);
        if (hashCount < 0 || shingleCount < 0 || bytes.Length != 9 + (8L * (hashCount + shingleCount)))
        {
            throw new FormatException("The duplicate fingerprint is truncated or corrupt; rebuild it from the text with MinHasher.Fingerprint.");
        }

        var signature = ReadUInt64s(bytes.Slice(9, 8 * hashCount), hashCount);
        var shingles = ReadUInt64s(bytes[(9 + (8 * hashCount))..], shingleCount);
        return new DuplicateFingerprint(signature, shingles);
    }

    /// <summary>Writes the fingerprint: a version byte, two counts and little-endian 64-bit values.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[9 + (8 * (Signature.Count + Shingles.Count))];
        bytes[0] = FormatVersion;
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(1), Signature.Count);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(5), Shingles.Count);
        var offset = 9;
        foreach (var value in _signature.Concat(_shingles))
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(offset), value);
            offset += 8;
        }

        return bytes;
    }

    private static ulong[] ReadUInt64s(ReadOnlySpan<byte> bytes, int count)
    {
        var values = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(8 * i)..]);
        }

        return values;
    }
}
