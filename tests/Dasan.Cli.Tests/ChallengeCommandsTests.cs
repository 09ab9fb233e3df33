using System.Text.Json;
using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

[Collection("console")]
public class ChallengeCommandsTests
{
    [Fact]
    public async Task ReportJson_OnFreshData_CountsTheShippedSample()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-challenges-").FullName;
        var data = SeededData.Into(dir);
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, await DasanCommandLine.Build().Parse(["challenges", "report", "--json", "--data", data]).InvokeAsync());
        }
        finally
        {
            Console.SetOut(original);
            Directory.Delete(dir, recursive: true);
        }

        using var doc = JsonDocument.Parse(output.ToString());
        var root = doc.RootElement;
        Assert.Equal(10, root.GetProperty("challenges").GetInt32()); // 12 shipped; the draft and the one awaiting approval are not counted
        Assert.Equal(35, root.GetProperty("proposals").GetInt32());
        Assert.Equal(4, root.GetProperty("pilots").GetInt32());
        Assert.Equal(2, root.GetProperty("certificates").GetInt32());
        Assert.Equal(0.5, root.GetProperty("procurement_share").GetDouble());
        Assert.True(root.GetProperty("bureaus").GetArrayLength() >= 9);
        Assert.Equal("CH-2026-05", root.GetProperty("overdue")[0].GetProperty("code").GetString());
        Assert.True(root.GetProperty("median_days_to_decision").GetDouble() <= 56);
    }
}
