using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

public class ProgrammeCommandsTests
{
    [Fact]
    public async Task ExportThenImport_WhenFileRoundTripsOrHasBadLine_ExitsZeroOrOneAndKeepsData()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-programme-").FullName;
        var data = SeededData.Into(dir);
        var csv = Path.Combine(dir, "portfolio.csv");
        var xlsx = Path.Combine(dir, "portfolio.xlsx");
        Assert.Equal(0, await DasanCommandLine.Build().Parse(["programme", "export", csv, "--data", data]).InvokeAsync());
        Assert.Equal(0, await DasanCommandLine.Build().Parse(["programme", "export", xlsx, "--data", data]).InvokeAsync());
        var lines = await File.ReadAllLinesAsync(csv);
        Assert.Equal(57, lines.Length); // header, 50 samples, Dasan's own two, the four sample pilots of the start-up hub

        Assert.Equal(0, await DasanCommandLine.Build().Parse(["programme", "import", xlsx, "--data", data]).InvokeAsync());
        var bad = Path.Combine(dir, "bad.csv");
        await File.WriteAllLinesAsync(bad, [lines[0], lines[1].Replace(",deployed,", ",launched,", StringComparison.Ordinal)]);
        Assert.Equal(1, await DasanCommandLine.Build().Parse(["programme", "import", bad, "--data", data]).InvokeAsync());

        var again = Path.Combine(dir, "again.csv");
        Assert.Equal(0, await DasanCommandLine.Build().Parse(["programme", "export", again, "--data", data]).InvokeAsync());
        Assert.Equal(lines, await File.ReadAllLinesAsync(again));
    }
}
