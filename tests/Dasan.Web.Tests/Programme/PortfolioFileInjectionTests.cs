using System.Text;
using Dasan.Web.Programme;
using Dasan.Web.Text;

namespace Dasan.Web.Tests.Programme;

/// <summary>Issue 15: exported cells cannot run as spreadsheet formulas, and exports read back unchanged.</summary>
public sealed class PortfolioFileInjectionTests
{
    private static readonly string[] Dangerous = ["=HYPERLINK(\"http://evil.example\",\"클릭\")", "@SUM(A1:A9)", "+1+cmd|' /C calc'!A0", "-2+3", "\t=1"];

    [Fact]
    public void WriteCsv_WhenCellsStartLikeFormulas_PrefixesAnApostrophe()
    {
        var csv = Encoding.UTF8.GetString(PortfolioFile.WriteCsv(["name"], Dangerous.Select(d => (IReadOnlyList<string>)[d]).ToList()));

        foreach (var line in csv.Split('\n').Skip(1).Where(l => l.Trim().Length > 0))
        {
            Assert.StartsWith("'", line.TrimStart('"'), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("교통실", "교통실")]
    public void Neutralize_WhenCellGiven_EscapesFormulasButNotNumbers(string cell, string expected)
    {
        Assert.Equal(expected, SpreadsheetText.Neutralize(cell));
        Assert.Equal(cell, SpreadsheetText.Restore(SpreadsheetText.Neutralize(cell)));
    }

    [Fact]
    public void WriteXlsx_WhenCellsStartLikeFormulas_ReadsBackAsTheSameText()
    {
        var bytes = PortfolioFile.WriteXlsx(["name"], [["=HYPERLINK(\"http://evil.example\")"]]);
        using var stream = new MemoryStream(bytes);

        var row = Assert.Single(PortfolioFile.Read(stream, excel: true, ["name"]));

        Assert.Equal("=HYPERLINK(\"http://evil.example\")", row.Document!["name"]!.ToString());
    }
}
