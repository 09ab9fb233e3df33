using System.Text;
using System.Text.Unicode;

namespace Dasan.Ai.Learning;

/// <summary>
/// Reads labelled texts from CSV (header row, RFC 4180 quoting) or JSON Lines, taking the text
/// and label from the named columns. Input must be UTF-8. Bad rows are skipped and reported in
/// <see cref="DataSummary"/>; problems with the whole file throw <see cref="LabeledDataException"/>
/// with a message that names the line or lists the columns present.
/// </summary>
public static class LabeledDataReader
{
    /// <summary>Reads a file; <c>.jsonl</c>, <c>.ndjson</c> and <c>.json</c> are JSON Lines, anything else CSV.</summary>
    public static LabeledDataSet Read(string path, string textColumn, string labelColumn)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new LabeledDataException($"{path}: file not found.");
        }

        using var stream = File.OpenRead(path);
        return Read(stream, FormatOf(path), textColumn, labelColumn, Path.GetFileName(path));
    }

    /// <summary>Reads a stream in the given format; <paramref name="source"/> names it in messages.</summary>
    public static LabeledDataSet Read(Stream stream, LabeledDataFormat format, string textColumn, string labelColumn, string source = "input")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(textColumn);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelColumn);
        var text = DecodeStrict(stream, source);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new LabeledDataException($"{source}: the file is empty.");
        }

        var collector = new RowCollector(source);
        if (format == LabeledDataFormat.JsonLines)
        {
            JsonLinesRows.Read(text, textColumn, labelColumn, source, collector);
        }
        else
        {
            CsvRows.Read(text, textColumn, labelColumn, source, collector);
        }

        return collector.Build();
    }

    /// <summary>The format implied by a file name.</summary>
    public static LabeledDataFormat FormatOf(string path) =>
        Path.GetExtension(path).ToUpperInvariant() is ".JSONL" or ".NDJSON" or ".JSON" ? LabeledDataFormat.JsonLines : LabeledDataFormat.Csv;

    private static string DecodeStrict(Stream stream, string source)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (!Utf8.IsValid(bytes))
        {
            var line = 1;
            var rest = bytes;
            for (var end = rest.IndexOf((byte)'\n'); ; end = rest.IndexOf((byte)'\n'), line++)
            {
                var current = end < 0 ? rest : rest[..end];
                if (!Utf8.IsValid(current))
                {
                    throw new LabeledDataException($"{source}: line {line} is not valid UTF-8; save the file as UTF-8 (for example from Excel: CSV UTF-8).");
                }

                rest = rest[(end + 1)..];
            }
        }

        return Encoding.UTF8.GetString(bytes);
    }
}
