using System.CommandLine;
using System.Text.Json;
using Dasan.Ai.Radar;
using Dasan.Cli.Import;
using Dasan.Core.Radar;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary>
/// <c>dasan radar import FILE --source NAME</c>: CSV or JSONL with <c>id, date, title</c> and optional
/// <c>body, section, url</c>. Bad lines are reported with their numbers and copied to <c>FILE.rejected.jsonl</c>;
/// re-running skips what is already in.
/// </summary>
public static class RadarImportCommand
{
    private const int Chunk = 1000;
    private static readonly JsonSerializerOptions RejectJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV (with header) or JSONL file with id, date, title [, body, section, url]" };
        var source = new Option<string>("--source") { Description = "Source name the items are filed under", Required = true };
        var kind = new Option<RadarSourceKind>("--kind") { Description = "News (press) or Request (citizens' own words)", DefaultValueFactory = _ => RadarSourceKind.News };
        var dateField = new Option<string>("--date-field") { Description = "Field holding the date", DefaultValueFactory = _ => "date" };
        var dateShift = new Option<int>("--date-shift") { Description = "Days added to each date (e.g. -30 to turn an expiry into a filing date)" };
        var sectionField = new Option<string>("--section-field") { Description = "Field holding the section", DefaultValueFactory = _ => "section" };
        var command = new Command("import", "Import radar items from a CSV or JSONL file") { file, source, kind, dateField, dateShift, sectionField };
        command.SetAction((r, ct) => CliHost.RunAsync(() => RunAsync(
            r.GetValue(file)!, new RadarRowMapper(r.GetValue(source)!, r.GetValue(kind), r.GetValue(dateField)!, r.GetValue(dateShift), r.GetValue(sectionField)!),
            r.GetValue(DasanCommandLine.Data), ct)));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, RadarRowMapper mapper, string? data, CancellationToken ct)
    {
        if (!file.Exists)
        {
            throw new CliUserException($"{file.FullName} does not exist.");
        }

        if (string.IsNullOrWhiteSpace(mapper.Source) || mapper.Source.Length > 80)
        {
            throw new CliUserException("--source must be a name of 1 to 80 characters.");
        }

        await using var services = await CliHost.OpenAsync(data, ct);
        var options = services.GetRequiredService<RadarOptions>();
        var rows = ImportFileReader.Read(file.FullName).ToList();
        if (rows.Count == 0)
        {
            throw new CliUserException($"{file.Name} has no records (a CSV needs a header row and at least one line).");
        }

        var rejectsPath = file.FullName + ".rejected.jsonl";
        var items = new List<IncomingItem>(rows.Count);
        await using (var rejects = new StreamWriter(rejectsPath, append: false))
        {
            foreach (var row in rows)
            {
                if (mapper.Map(row, options.CityOffset, out var item) is { } error)
                {
                    Console.Error.WriteLine($"line {row.Line}: {error}");
                    await rejects.WriteLineAsync(JsonSerializer.Serialize(new { line = row.Line, error, record = row.Raw }, RejectJson));
                }
                else
                {
                    items.Add(item!);
                }
            }
        }

        var failed = rows.Count - items.Count;
        if (failed == 0)
        {
            File.Delete(rejectsPath);
        }

        items.Sort((a, b) => a.PublishedAt.CompareTo(b.PublishedAt));
        var progress = new ProgressBar(items.Count, "importing");
        var total = IngestResult.Empty;
        var done = 0;
        foreach (var chunk in items.Chunk(Chunk))
        {
            await using var scope = services.CreateAsyncScope();
            total = total.Plus(await scope.ServiceProvider.GetRequiredService<RadarIngestor>().IngestAsync(chunk, ct));
            done += chunk.Length;
            progress.Set(done, "");
        }

        progress.Done();
        Console.WriteLine($"imported {total.Added} (folded into earlier stories {total.Folded}), already present {total.AlreadyPresent}, rejected {failed}" +
            (failed > 0 ? $"; rejected lines are in {rejectsPath}" : ""));
        return 0;
    }
}
