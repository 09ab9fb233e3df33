using System.CommandLine;
using System.Text.Json;
using Dasan.Cli.Import;
using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary>
/// <c>dasan import FILE</c>: bulk intake of CSV or JSONL through the normal intake. Bad lines are reported with
/// their line numbers and copied to <c>FILE.rejected.jsonl</c>, so nothing is lost; re-running skips what is in.
/// </summary>
public static class ImportCommand
{
    private static readonly JsonSerializerOptions RejectJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "CSV (with header) or JSONL file of requests" };
        var command = new Command("import", "Import requests from a CSV or JSONL file");
        command.Arguments.Add(file);
        command.SetAction((result, ct) => CliHost.RunAsync(() => RunAsync(result.GetValue(file)!, result.GetValue(DasanCommandLine.Data), ct)));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, string? data, CancellationToken ct)
    {
        if (!file.Exists)
        {
            throw new CliUserException($"{file.FullName} does not exist.");
        }

        await using var services = await CliHost.OpenAsync(data, ct);
        var actor = new Actor(ActorKind.System, "import:" + file.Name, StaffRole.Admin);
        var rows = ImportFileReader.Read(file.FullName).ToList();
        if (rows.Count == 0)
        {
            throw new CliUserException($"{file.Name} has no records (a CSV needs a header row and at least one line).");
        }

        var rejectsPath = file.FullName + ".rejected.jsonl";
        await using var rejects = new StreamWriter(rejectsPath, append: false);
        var progress = new ProgressBar(rows.Count, "importing");
        var (imported, skipped, failed, warned) = (0, 0, 0, 0);
        foreach (var chunk in rows.Chunk(200))
        {
            await using var scope = services.CreateAsyncScope();
            var intake = scope.ServiceProvider.GetRequiredService<RequestIntake>();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            foreach (var row in chunk)
            {
                var warnings = new List<string>();
                try
                {
                    if (row.ParseError is not null)
                    {
                        throw RequestValidationException.For("line", row.ParseError);
                    }

                    var submission = ImportRowMapper.Map(row, warnings);
                    if (submission.ExternalId is { } ext && await db.Requests.AnyAsync(r => r.Channel == RequestChannel.Import && r.ExternalId == ext, ct))
                    {
                        skipped++;
                        continue;
                    }

                    await intake.SubmitAsync(submission, RequestChannel.Import, actor, null, null, ct);
                    db.ChangeTracker.Clear();
                    imported++;
                    if (warnings.Count > 0)
                    {
                        warned++;
                    }
                }
                catch (RequestValidationException e)
                {
                    failed++;
                    db.ChangeTracker.Clear();
                    var message = string.Join("; ", e.Errors.Select(x => $"{x.Key}: {string.Join(' ', x.Value)}"));
                    progress.Note($"line {row.Line}: {message}");
                    await rejects.WriteLineAsync(JsonSerializer.Serialize(new { line = row.Line, error = message, record = row.Raw }, RejectJson));
                }
                finally
                {
                    progress.Advance();
                }
            }
        }

        progress.Done();
        await rejects.FlushAsync(ct);
        if (failed == 0)
        {
            File.Delete(rejectsPath);
        }

        Console.WriteLine($"imported {imported}, already present {skipped}, rejected {failed}, imported with warnings {warned}" +
            (failed > 0 ? $"; rejected lines are in {rejectsPath}" : ""));
        return 0;
    }
}
