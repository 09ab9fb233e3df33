using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dasan.Cli.Import;

/// <summary>Reads CSV (with a header row) or JSON Lines into rows of named fields, keeping line numbers.</summary>
public static class ImportFileReader
{
    public static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<ImportRow> Read(string path) => IsJsonLines(path) ? ReadJsonLines(path) : ReadCsv(path);

    private static IEnumerable<ImportRow> ReadJsonLines(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        var line = 0;
        while (true)
        {
            string? text;
            try
            {
                text = reader.ReadLine();
            }
            catch (DecoderFallbackException)
            {
                throw new InvalidDataException($"{path}: line {line + 1} is not valid UTF-8; convert the file to UTF-8 first.");
            }

            if (text is null)
            {
                yield break;
            }

            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return ParseJson(line, text);
        }
    }

    private static ImportRow ParseJson(int line, string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new ImportRow(line, new Dictionary<string, string?>(), text, "not a JSON object");
            }

            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                fields[p.Name] = p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => p.Value.GetRawText(),
                };
            }

            return new ImportRow(line, fields, text);
        }
        catch (JsonException e)
        {
            return new ImportRow(line, new Dictionary<string, string?>(), text, "invalid JSON: " + e.Message);
        }
    }

    private static IEnumerable<ImportRow> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        string? badData = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // A field with a stray quote (따옴표 ""깨짐,…) swallows the fields after it: the row is rejected, not imported as garbage.
            BadDataFound = _ => badData ??= "a quote is not closed or stands inside an unquoted field (the lines after it may have been read into this record); fix the quotes and import these lines again.",
            MissingFieldFound = null, DetectDelimiter = true,
        };
        using var csv = new CsvReader(reader, config);
        if (!Next(csv, path) || !csv.ReadHeader())
        {
            yield break;
        }

        var header = csv.HeaderRecord ?? [];
        var previousEnd = csv.Parser.RawRow;
        while (Next(csv, path))
        {
            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length; i++)
            {
                fields[header[i].Trim()] = csv.TryGetField<string>(i, out var v) ? v : null;
            }

            // A record may span lines (a quoted line break, or a quote never closed): it is reported at the line it starts on.
            var start = previousEnd + 1;
            previousEnd = csv.Parser.RawRow;
            yield return new ImportRow(start, fields, csv.Parser.RawRecord.TrimEnd('\r', '\n'), badData);
            badData = null;
        }
    }

    /// <summary>The next record; a file that is not UTF-8 (an Excel CSV saved as EUC-KR) stops with a message saying so.</summary>
    private static bool Next(CsvReader csv, string path)
    {
        try
        {
            return csv.Read();
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"{path}: at or after line {csv.Parser.RawRow + 1}, the file is not valid UTF-8 (a CSV saved by Excel is often EUC-KR); save it as \"CSV UTF-8\" and import again.");
        }
    }
}
