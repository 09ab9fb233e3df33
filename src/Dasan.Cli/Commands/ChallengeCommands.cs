using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dasan.Core.Challenges;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan challenges report [--json]</c>: the AI start-up hub's leadership numbers.</summary>
public static class ChallengeCommands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true,
    };

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (challenges, proposals, time to decision, pilots, certificates, procurement share, per bureau, overdue)" };
        var report = new Command("report", "Challenges per bureau, proposals per challenge, time to decision, pilots, certificates and procurement share");
        report.Options.Add(json);
        report.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var built = await scope.ServiceProvider.GetRequiredService<HubReportBuilder>().BuildAsync(ct);
            if (r.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(built, Json));
                return 0;
            }

            Console.WriteLine($"as of {built.AsOf:yyyy-MM-dd}: {built.Challenges} challenges ({built.OpenChallenges} open), {built.Proposals} proposals ({built.ProposalsPerChallenge:0.0} per challenge)");
            Console.WriteLine($"decisions: {built.DecidedOnTime} on time, {built.DecidedLate} late, median {built.MedianDaysToDecision?.ToString("0", CultureInfo.InvariantCulture) ?? "n/a"} days after closing; overdue now: {built.Overdue.Count}");
            Console.WriteLine($"pilots: {built.Pilots} ({built.PilotsRunning} running), certificates {built.Certificates}, procurement recommended {built.ProcurementRecommended} ({built.ProcurementShare?.ToString("P0", CultureInfo.InvariantCulture) ?? "n/a"} of finished)");
            Console.WriteLine($"{"bureau",-20} {"challenges",10} {"proposals",10} {"pilots",7}");
            foreach (var b in built.Bureaus)
            {
                Console.WriteLine($"{b.Bureau,-20} {b.Challenges,10} {b.Proposals,10} {b.Pilots,7}");
            }

            foreach (var o in built.Overdue)
            {
                Console.WriteLine($"overdue: {o.Code} {o.Bureau} due {o.DecisionDueOn:yyyy-MM-dd} ({o.DaysOverdue} days)");
            }

            return 0;
        }));
        var challenges = new Command("challenges", "AI start-up collaboration hub: challenges, proposals, pilots");
        challenges.Subcommands.Add(report);
        return challenges;
    }
}
