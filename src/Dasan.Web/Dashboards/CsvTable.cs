using System.Globalization;
using System.Text;

namespace Dasan.Web.Dashboards;

/// <summary>A table written as RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs read the Korean).</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows)
{
    public string Write()
    {
        var sb = new StringBuilder();
        Line(sb, Header);
        foreach (var row in Rows)
        {
            Line(sb, row.Select(Cell).ToList());
        }

        return sb.ToString();
    }

    public IResult ToResult(string name) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Write())).ToArray(), "text/csv; charset=utf-8", name + ".csv");

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void Line(StringBuilder sb, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            var cell = Text.SpreadsheetText.Neutralize(cells[i]);
            sb.Append(cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }

        sb.Append("\r\n");
    }
}
