using System.Runtime.InteropServices;
using System.Text;

namespace Dasan.Ai.Learning.Subword;

/// <summary>
/// A <see cref="SubwordClassifier"/> as bytes: its settings, labels, feature rows and both weight matrices, in the machine's byte order (little-endian
/// wherever Dasan runs), floats as stored, so a loaded model predicts bit for bit what the saved one did.
/// </summary>
internal static class SubwordArchive
{
    private const string Magic = "DASAN-SUBWORD-1";

    public static void Write(SubwordClassifier model, Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        var o = model.Options;
        w.Write(o.Dimensions);
        w.Write(o.Epochs);
        w.Write(o.LearningRate);
        w.Write(o.CharNGramMin);
        w.Write(o.CharNGramMax);
        w.Write(o.WordBigrams);
        w.Write(o.Seed);
        w.Write(model.Labels.Count);
        foreach (var label in model.Labels)
        {
            w.Write(label);
        }

        w.Write(model.RowsByFeature.Count);
        foreach (var (feature, row) in model.RowsByFeature)
        {
            WriteText(w, feature);
            w.Write(row);
        }

        WriteFloats(w, model.InputWeights);
        WriteFloats(w, model.OutputWeights);
    }

    public static SubwordClassifier Read(Stream stream)
    {
        try
        {
            return ReadModel(stream);
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentException or DecoderFallbackException)
        {
            throw new InvalidDataException("The subword model is damaged or cut short.", e);
        }
    }

    private static SubwordClassifier ReadModel(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (r.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a Dasan subword model (or one from another version).");
        }

        var options = new SubwordClassifierOptions
        {
            Dimensions = Count(r.ReadInt32(), 10_000), Epochs = r.ReadInt32(), LearningRate = r.ReadDouble(), CharNGramMin = r.ReadInt32(),
            CharNGramMax = r.ReadInt32(), WordBigrams = r.ReadBoolean(), Seed = r.ReadInt32(),
        };
        var labels = new string[Count(r.ReadInt32(), 1_000)];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = r.ReadString();
        }

        var rowCount = Count(r.ReadInt32(), 50_000_000);
        var rows = new Dictionary<string, int>(rowCount, StringComparer.Ordinal);
        for (var i = 0; i < rowCount; i++)
        {
            rows.Add(ReadText(r), Count(r.ReadInt32(), rowCount - 1)); // a row outside the matrix would fail only when met
        }

        var input = ReadFloats(r, (long)rowCount * options.Dimensions);
        var output = ReadFloats(r, (long)labels.Length * options.Dimensions);
        return new SubwordClassifier(options, labels, rows, input, output);
    }

    /// <summary>A feature as its UTF-16 code units: a character n-gram may hold half of a surrogate pair, which UTF-8 cannot.</summary>
    private static void WriteText(BinaryWriter w, string text)
    {
        w.Write(text.Length);
        w.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static string ReadText(BinaryReader r)
    {
        var length = Count(r.ReadInt32(), 10_000);
        return string.Create(length, r, static (chars, reader) => reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(chars)));
    }

    private static int Count(int n, int max) =>
        n >= 0 && n <= max ? n : throw new InvalidDataException($"The subword model is damaged (a count of {n}).");

    private static void WriteFloats(BinaryWriter w, float[] values)
    {
        w.Write(values.LongLength);
        w.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static float[] ReadFloats(BinaryReader r, long expected)
    {
        var length = r.ReadInt64();
        if (length != expected)
        {
            throw new InvalidDataException($"The subword model is damaged ({length} weights where {expected} belong).");
        }

        var values = new float[length];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
