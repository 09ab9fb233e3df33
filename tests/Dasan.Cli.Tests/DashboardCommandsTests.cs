using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

[Collection("console")]
public class DashboardCommandsTests
{
    [Fact]
    public async Task Rebuild_WhenRun_CountsTheRollupAgainAndReportsItsSteps()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-cli-").FullName;
        var original = Console.Error;
        using var errors = new StringWriter();
        Console.SetError(errors);
        try
        {
            Assert.Equal(0, await DasanCommandLine.Build().Parse(["dashboards", "rebuild", "--data", SeededData.Into(dir)]).InvokeAsync());
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Contains("dashboard roll-up: counted requests per day", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("rows rebuilt in", errors.ToString(), StringComparison.Ordinal);
    }
}
