using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Dasan.Web.Programme;

/// <summary>
/// The portfolio as a table (CSV or Excel): one column per top-level field of <c>field-rules.json</c>; lists and
/// objects (datasets, risks, KPIs, stage dates, answers, withheld) are JSON in their cell so nothing is lost.
/// </summary>
public static class PortfolioFile
{
    public const int MaxRows = 2000;
    public const string StatusColumn = "plan_status";
    private static readonly HashSet<string> JsonFields = ["stage_dates", "outputs", "datasets", "risks", "kpis", "assessment_answers", "obligations_met", "withheld"];

    public static string Cell(JsonNode? n) => n switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => n.ToJsonString(Core.Programme.Portfolio.UseCaseDocument.Json),
    };

    public static byte[] WriteCsv(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var row in rows.Prepend(columns))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Text.SpreadsheetText.Neutralize(cell));
                }

                csv.NextRecord();
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] WriteXlsx(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        var sheet = rows.Select(r => (IDictionary<string, object>)columns.Select((c, i) => (c, (object)Text.SpreadsheetText.Neutralize(r[i]))).ToDictionary(p => p.c, p => p.Item2)).ToList();
        stream.SaveAs(sheet, sheetName: "portfolio", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>Reads CSV or XLSX; a line that cannot be read becomes an <see cref="ImportRow"/> with its error.</summary>
    public static List<ImportRow> Read(Stream stream, bool excel, IReadOnlyList<string> fields)
    {
        var rows = excel ? ReadXlsx(stream) : ReadCsv(stream);
        if (rows.Count == 0)
        {
            return [new ImportRow(1, null, null, "파일에 머리글 행과 자료 행이 없습니다. (The file needs a header row and at least one line.)")];
        }

        if (rows.Count > MaxRows)
        {
            return [new ImportRow(1, null, null, $"한 번에 {MaxRows}행까지 가져올 수 있습니다. (At most {MaxRows} lines per file.)")];
        }

        return rows.Select(r => ToDocument(r.Line, r.Cells, fields)).ToList();
    }

    private static ImportRow ToDocument(int line, IReadOnlyDictionary<string, string> cells, IReadOnlyList<string> fields)
    {
        var doc = new JsonObject();
        foreach (var (column, raw) in cells)
        {
            var value = Text.SpreadsheetText.Restore(raw.Trim());
            if (column == StatusColumn || value.Length == 0)
            {
                continue;
            }

            if (!fields.Contains(column))
            {
                return new ImportRow(line, null, column, $"알 수 없는 열입니다. (Unknown column {column}.)");
            }

            try
            {
                doc[column] = JsonFields.Contains(column) ? JsonNode.Parse(value) : JsonValue.Create(value);
            }
            catch (JsonException)
            {
                return new ImportRow(line, null, column, "JSON 형식이 올바르지 않습니다. (Not valid JSON.)");
            }
        }

        doc["withheld"] ??= new JsonObject();
        return new ImportRow(line, doc);
    }

    private static List<(int Line, IReadOnlyDictionary<string, string> Cells)> ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
        var rows = new List<(int, IReadOnlyDictionary<string, string>)>();
        if (!csv.Read() || !csv.ReadHeader())
        {
            return rows;
        }

        var header = csv.HeaderRecord ?? [];
        while (csv.Read() && rows.Count <= MaxRows)
        {
            rows.Add((csv.Parser.Row, header.Select((h, i) => (h, csv.TryGetField<string>(i, out var v) ? v ?? "" : "")).ToDictionary(p => p.h, p => p.Item2)));
        }

        return rows;
    }

    private static List<(int Line, IReadOnlyDictionary<string, string> Cells)> ReadXlsx(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        return buffer.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>()
            .Take(MaxRows + 1)
            .Select((r, i) => (i + 2, (IReadOnlyDictionary<string, string>)r.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? "")))
            .ToList();
    }
}
