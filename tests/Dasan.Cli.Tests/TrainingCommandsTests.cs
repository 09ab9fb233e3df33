using System.Text.Json;
using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

public class TrainingCommandsTests
{
    private static Task<int> Dasan(params string[] args) => DasanCommandLine.Build().Parse(args).InvokeAsync();

    [Fact]
    public async Task TrainingImports_WhenFilesHaveBadLines_RejectByLineRerunIdempotentlyAndShowInStatus()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-cli-").FullName;
        var data = SeededData.Into(dir);
        var roster = Path.Combine(dir, "roster.csv");
        await File.WriteAllTextAsync(roster, """
            employee_no,name,department,grade,job_role,operates_tier
            X-1,가상일,버스정책과,7급,민원,
            X-2,가상이,bus-policy,6급,AI담당,IV
            X-3,가상삼,없는과,7급,민원,
            """);
        var completions = Path.Combine(dir, "completions.csv");
        await File.WriteAllTextAsync(completions, """
            employee_no,module,completed_at,score,system
            X-1,AIL0-01,2026-05-01,90,인재개발원
            X-1,AIL0-02,2026-05-01,95,인재개발원
            X-3,AIL0-01,2026-05-01,90,인재개발원
            """);
        Assert.Equal(0, await Dasan("training", "import-roster", roster, "--data", data));
        var rejected = await File.ReadAllLinesAsync(roster + ".rejected.jsonl");
        Assert.Contains("\"line\":4", Assert.Single(rejected), StringComparison.Ordinal);
        Assert.Equal(0, await Dasan("training", "import-completions", completions, "--data", data));
        Assert.Contains("\"line\":4", Assert.Single(await File.ReadAllLinesAsync(completions + ".rejected.jsonl")), StringComparison.Ordinal);

        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            Assert.Equal(0, await Dasan("training", "import-completions", completions, "--json", "--data", data));
            Assert.Equal(0, await Dasan("training", "status", "--json", "--data", data));
        }
        finally
        {
            Console.SetOut(original);
        }

        // Other tests may print to the shared console meanwhile: pick this test's two JSON lines by their shape.
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var rerun = JsonDocument.Parse(lines.First(l => l.StartsWith("{\"added\"", StringComparison.Ordinal)));
        Assert.Equal(0, rerun.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(2, rerun.RootElement.GetProperty("unchanged").GetInt32());
        using var status = JsonDocument.Parse(lines.First(l => l.StartsWith("{\"asOf\"", StringComparison.Ordinal)));
        Assert.True(status.RootElement.GetProperty("bureaus").EnumerateArray().Sum(b => b.GetProperty("staff").GetInt32()) >= 2000);
        Assert.Equal(1, await Dasan("training", "enrol", "--level", "L9", "--data", data));
        Assert.Equal(0, await Dasan("audit", "verify", "--data", data));
    }
}
