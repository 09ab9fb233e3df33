using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dasan.Ai.Learning;

/// <summary>Reads labelled rows from CSV with a header row, using CsvHelper's RFC 4180 parser.</summary>
internal static class CsvRows
{
    public static void Read(string content, string textColumn, string labelColumn, string source, RowCollector collector)
    {
        var malformed = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = _ => malformed = true,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var reader = new StringReader(content);
        using var csv = new CsvReader(reader, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new LabeledDataException($"{source}: the file has no header row.");
        }

        var textIndex = IndexOf(header, textColumn);
        var labelIndex = IndexOf(header, labelColumn);
        if (textIndex < 0 || labelIndex < 0)
        {
            var missing = string.Join(" and ", new[] { textIndex < 0 ? textColumn : null, labelIndex < 0 ? labelColumn : null }.OfType<string>());
            throw new LabeledDataException($"{source}: no column {missing}; the columns present are: {string.Join(", ", header)}.");
        }

        var needed = Math.Max(textIndex, labelIndex) + 1;
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (malformed)
            {
                collector.Skip(line, "malformed quoting");
                malformed = false;
            }
            else if (csv.Parser.Count < needed)
            {
                collector.Skip(line, $"it has {csv.Parser.Count} fields but the header has {header.Length}");
            }
            else
            {
                collector.Add(line, csv.GetField(textIndex), csv.GetField(labelIndex));
            }
        }
    }

    private static int IndexOf(string[] header, string column)
    {
        var exact = Array.FindIndex(header, h => string.Equals(h.Trim(), column, StringComparison.Ordinal));
        return exact >= 0 ? exact : Array.FindIndex(header, h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));
    }
}
