using System.Text.Json;
using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

[Collection("console")]
public class JobsCommandTests
{
    [Fact]
    public async Task Jobs_WhenAskedForJson_ListsEveryJobAndTheIntakeJournal()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-jobs-").FullName;
        var data = SeededData.Into(dir);
        try
        {
            var (code, output) = await CliCapture.RunAsync("jobs", "--json", "--data", data);

            Assert.Equal(0, code);
            var root = JsonDocument.Parse(output).RootElement;
            var names = root.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("name").GetString()).ToList();
            Assert.Contains("intake-journal", names);
            Assert.Contains("audit-seal", names);
            var journal = root.GetProperty("intakeJournal");
            Assert.Equal(0, journal.GetProperty("waiting").GetInt32());
            Assert.Equal(0, journal.GetProperty("setAside").GetInt32());

            var (textCode, text) = await CliCapture.RunAsync("jobs", "--data", data);
            Assert.Equal(0, textCode);
            Assert.Contains("intake journal: 0 waiting", text, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
