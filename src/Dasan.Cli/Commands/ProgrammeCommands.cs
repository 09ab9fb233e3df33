using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Requests;
using Dasan.Core.Staff;
using Dasan.Web.Programme;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan programme report|export|import</c>: the AI-ization programme's leadership report and portfolio files.</summary>
public static class ProgrammeCommands
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly Actor CliActor = new(ActorKind.Human, "cli:" + Environment.UserName, StaffRole.Admin);

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print {\"bureaus\": [{bureau, use_cases, by_stage, by_tier, staff, l0_completed_share}], \"totals\": {...}}" };
        var report = new Command("report", "The leadership report: use cases per bureau by stage and tier, with staff training figures");
        report.Options.Add(json);
        report.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var built = await scope.ServiceProvider.GetRequiredService<ProgrammeReportBuilder>().BuildAsync(ct);
            if (r.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(ReportJson.Of(built), Json));
                return 0;
            }

            Console.WriteLine($"{"bureau",-24} {"use cases",9} {"deployed",9} {"staff",7} {"L0",6}");
            foreach (var b in built.Bureaus.Append(built.Totals))
            {
                var l0 = b.Training is { } t ? t.L0CompletedShare.ToString("P0", CultureInfo.InvariantCulture) : "n/a";
                Console.WriteLine($"{b.Bureau,-24} {b.UseCases,9} {b.Deployed,9} {b.Training?.Staff.ToString(CultureInfo.InvariantCulture) ?? "n/a",7} {l0,6}");
            }

            return 0;
        }));

        var programme = new Command("programme", "AI-ization programme: portfolio report, export and import");
        programme.Subcommands.Add(report);
        programme.Subcommands.Add(Transfer("export", "Write the portfolio to FILE (.csv or .xlsx)", export: true));
        programme.Subcommands.Add(Transfer("import", "Import use cases from FILE (.csv or .xlsx); any bad line rejects the file, naming the line", export: false));
        return programme;
    }

    private static Command Transfer(string name, string description, bool export)
    {
        var file = new Argument<FileInfo>("file");
        var command = new Command(name, description);
        command.Arguments.Add(file);
        command.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            var f = r.GetValue(file)!;
            var excel = f.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
            if (!export && !f.Exists)
            {
                throw new CliUserException($"{f.FullName} does not exist.");
            }

            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var access = await PortfolioAccess.ForAsync(scope.ServiceProvider.GetRequiredService<DasanDbContext>(), CliActor, ct);
            var transfer = scope.ServiceProvider.GetRequiredService<PortfolioTransfer>();
            if (export)
            {
                await File.WriteAllBytesAsync(f.FullName, await transfer.ExportAsync(access, excel, ct), ct);
                Console.WriteLine($"wrote {f.FullName}");
                return 0;
            }

            try
            {
                await using var stream = f.OpenRead();
                var result = await transfer.ImportAsync(access, stream, excel, ct);
                Console.WriteLine($"imported: {result.Created} created, {result.Updated} updated");
                return 0;
            }
            catch (RequestValidationException e)
            {
                foreach (var (where, messages) in e.Errors)
                {
                    await Console.Error.WriteLineAsync($"{where}: {string.Join(" ", messages)}");
                }

                throw new CliUserException($"{f.Name}: {e.Errors.Count} problem(s); nothing was imported. Fix the lines above and run again.");
            }
        }));
        return command;
    }
}
