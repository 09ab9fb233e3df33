using System.Globalization;

namespace Dasan.Web.Text;

/// <summary>
/// Cells of every CSV and Excel export (issue 15): a text starting with = + - @ (or a tab or carriage return) would
/// run as a formula in a spreadsheet program (=HYPERLINK, @SUM), so it gets a leading apostrophe; numbers stay numbers.
/// Imports take the apostrophe off again, so an exported file reads back unchanged.
/// </summary>
public static class SpreadsheetText
{
    private const string Triggers = "=+-@\t\r";

    public static string Neutralize(string cell) =>
        cell.Length > 0 && Triggers.Contains(cell[0], StringComparison.Ordinal) && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;

    public static string Restore(string cell) =>
        cell.Length > 1 && cell[0] == '\'' && Triggers.Contains(cell[1], StringComparison.Ordinal) ? cell[1..] : cell;
}
