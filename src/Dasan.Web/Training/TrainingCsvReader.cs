using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Dasan.Core.Programme.Training;

namespace Dasan.Web.Training;

/// <summary>Reads a training CSV (UTF-8, header row, comma/semicolon/tab detected) into lines with their line numbers.</summary>
public static class TrainingCsvReader
{
    /// <summary>Upper bound of lines read from one file; the rest are reported, not silently dropped.</summary>
    public const int MaxLines = 50_000;

    public static List<ImportLine> Read(Stream stream)
    {
        var lines = new List<ImportLine>();
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectDelimiter = true };
        using var csv = new CsvReader(reader, config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
            {
                return lines;
            }

            var header = (csv.HeaderRecord ?? []).Select(h => h.Trim().ToLowerInvariant()).ToArray();
            while (csv.Read())
            {
                var raw = csv.Parser.RawRecord.TrimEnd('\r', '\n');
                if (lines.Count >= MaxLines)
                {
                    lines.Add(new ImportLine(csv.Parser.RawRow, new Dictionary<string, string?>(), raw, $"파일이 {MaxLines}행을 넘습니다. 나누어 가져오세요. (More than {MaxLines} lines.)"));
                    continue;
                }

                var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < header.Length; i++)
                {
                    fields[header[i]] = csv.TryGetField<string>(i, out var v) ? v : null;
                }

                lines.Add(new ImportLine(csv.Parser.RawRow, fields, raw));
            }
        }
        catch (DecoderFallbackException)
        {
            lines.Add(new ImportLine(lines.Count + 2, new Dictionary<string, string?>(), "", "UTF-8이 아닌 글자가 있습니다. 파일을 UTF-8로 저장하세요. (The file is not valid UTF-8.)"));
        }

        return lines;
    }
}
