using System.CommandLine;
using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Programme.Training;
using Dasan.Core.Staff;
using Dasan.Web.Training;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary>
/// <c>dasan training import-roster FILE</c> and <c>import-completions FILE</c>: CSV imports; rejected lines are reported with
/// their line numbers and copied to <c>FILE.rejected.jsonl</c>, so nothing is lost; re-running changes nothing twice.
/// </summary>
public static class TrainingImportCommand
{
    private static readonly JsonSerializerOptions RejectJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(string name, string description, bool completions)
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV file with a header row (UTF-8)" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var command = new Command(name, description);
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction((r, ct) => CliHost.RunAsync(() => RunAsync(r.GetValue(file)!, completions, r.GetValue(json), r.GetValue(DasanCommandLine.Data), ct)));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, bool completions, bool json, string? data, CancellationToken ct)
    {
        if (!file.Exists)
        {
            throw new CliUserException($"{file.FullName} does not exist.");
        }

        List<ImportLine> lines;
        await using (var stream = file.OpenRead())
        {
            lines = TrainingCsvReader.Read(stream);
        }

        if (lines.Count == 0)
        {
            throw new CliUserException($"{file.Name} has no records (a CSV needs a header row and at least one line).");
        }

        await using var services = await CliHost.OpenAsync(data, ct);
        await using var scope = services.CreateAsyncScope();
        var actor = new Actor(ActorKind.System, "import:" + file.Name, StaffRole.Admin);
        var source = "import:" + file.Name;
        var report = completions
            ? await scope.ServiceProvider.GetRequiredService<CompletionImporter>().ImportAsync(actor, lines, source, ct)
            : await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(actor, lines, source, ct);
        var rejectsPath = file.FullName + ".rejected.jsonl";
        if (report.Rejected.Count > 0)
        {
            await File.WriteAllLinesAsync(rejectsPath, report.Rejected.Select(r => JsonSerializer.Serialize(new { line = r.Line, error = r.Error, record = r.Raw }, RejectJson)), ct);
            foreach (var r in report.Rejected.Take(20))
            {
                await Console.Error.WriteLineAsync($"line {r.Line}: {r.Error}");
            }
        }
        else
        {
            File.Delete(rejectsPath);
        }

        Console.WriteLine(json
            ? JsonSerializer.Serialize(new { report.Added, report.Updated, report.Unchanged, rejected = report.Rejected.Count, rejectsFile = report.Rejected.Count > 0 ? rejectsPath : null },
                new JsonSerializerOptions(JsonSerializerDefaults.Web))
            : $"added {report.Added}, updated {report.Updated}, already present {report.Unchanged}, rejected {report.Rejected.Count}"
              + (report.Rejected.Count > 0 ? $"; rejected lines are in {rejectsPath}" : ""));
        return 0;
    }
}
