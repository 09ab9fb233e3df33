using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dasan.Core.Data;
using Dasan.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary>
/// <c>dasan jobs [--json]</c>: the background jobs shared by every node, with state, node, runs, failures and last error,
/// and what waits in the intake journal (ADR 0328; in JSON: <c>{ "jobs": [...], "intakeJournal": {...} }</c>);
/// <c>dasan jobs run NAME</c>: runs one now in this process, through the same lock, so it never runs twice at once.
/// </summary>
public static class JobsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the jobs as JSON" };
        var jobs = new Command("jobs", "List the background jobs (state, node, runs, last error), or run one now");
        jobs.Options.Add(json);
        jobs.SetAction((result, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<DasanDbContext>().Jobs.AsNoTracking().ToDictionaryAsync(j => j.Name, ct);
            var list = services.GetRequiredService<IReadOnlyList<JobDefinition>>()
                .Select(d => (Definition: d, Row: rows.GetValueOrDefault(d.Name))).ToList();
            var journal = await Dasan.Core.Requests.JournalBacklog.ReadAsync(scope.ServiceProvider.GetRequiredService<DasanDbContext>(), ct);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    Jobs = list.Select(x => new
                    {
                        x.Definition.Name, Description = x.Definition.KoreanName, PeriodSeconds = x.Definition.Period.TotalSeconds,
                        State = x.Row?.State ?? JobStates.Idle, x.Row?.Node, Attempts = x.Row?.Attempts ?? 0, Failures = x.Row?.Failures ?? 0,
                        Abandoned = x.Row?.Abandoned ?? 0, x.Row?.LastStartedAt, x.Row?.LastSucceededAt, x.Row?.NextDueAt, x.Row?.LastError,
                    }),
                    IntakeJournal = journal,
                }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
                return 0;
            }

            Console.WriteLine($"{"job",-18} {"state",-8} {"runs",5} {"fails",5} {"next run (UTC)",-20} node / last error");
            foreach (var (d, row) in list)
            {
                var next = row?.NextDueAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "at start";
                Console.WriteLine($"{d.Name,-18} {row?.State ?? JobStates.Idle,-8} {row?.Attempts ?? 0,5} {row?.Failures ?? 0,5} {next,-20} {row?.Node ?? "-"}{(row?.LastError is { } e ? " / " + e : "")}");
            }

            Console.WriteLine($"intake journal: {journal.Waiting} waiting to be triaged" +
                (journal.OldestReceivedAt is { } oldest ? $" (oldest received {oldest.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC)" : "") +
                (journal.SetAside > 0 ? $", {journal.SetAside} set aside after failing {Dasan.Core.Requests.IntakeJournalDrain.MaxAttempts} times: {journal.LastError}" : ""));

            return 0;
        }));

        var name = new Argument<string>("name") { Description = "The job's name, as 'dasan jobs' lists it" };
        var run = new Command("run", "Run one job now in this process (it waits for no other node: if one is running it, says so)");
        run.Arguments.Add(name);
        run.SetAction((result, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(DasanCommandLine.Data), ct);
            var wanted = result.GetValue(name)!;
            var definitions = services.GetRequiredService<IReadOnlyList<JobDefinition>>();
            var job = definitions.FirstOrDefault(d => d.Name == wanted)
                ?? throw new CliUserException($"no job '{wanted}'; the jobs are: {string.Join(", ", definitions.Select(d => d.Name))}");
            Console.Error.WriteLine($"running {job.Name} ({job.KoreanName}) …");
            var outcome = await services.GetRequiredService<JobRunner>().RunIfDueAsync(job, force: true, ct);
            await using var scope = services.CreateAsyncScope();
            var row = await scope.ServiceProvider.GetRequiredService<DasanDbContext>().Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Name == job.Name, ct);
            Console.WriteLine(outcome switch
            {
                JobRunOutcome.Busy => $"{job.Name}: another process is running it now (node {row?.Node ?? "?"}); nothing done",
                JobRunOutcome.Succeeded => $"{job.Name}: done (run {row?.Attempts})",
                _ => $"{job.Name}: FAILED: {row?.LastError}",
            });
            return outcome switch { JobRunOutcome.Succeeded => 0, JobRunOutcome.Busy => 3, _ => 2 };
        }));
        jobs.Subcommands.Add(run);
        return jobs;
    }
}
