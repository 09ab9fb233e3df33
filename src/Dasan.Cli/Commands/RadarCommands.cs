using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dasan.Core.Radar;
using Dasan.Web.Radar;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan radar</c>: import items, detect the issues of a window, print a briefing.</summary>
public static class RadarCommands
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static Command Create()
    {
        var radar = new Command("radar", "Issue radar: what is rising in requests and in the news");
        radar.Subcommands.Add(RadarImportCommand.Create());
        radar.Subcommands.Add(CreateDetect());
        radar.Subcommands.Add(RadarBriefingCommand.Create());
        return radar;
    }

    internal static DateOnly ParseDate(string? text, string option) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new CliUserException($"{option}: '{text}' is not a date (yyyy-MM-dd).");

    private static Command CreateDetect()
    {
        var from = new Option<string>("--from") { Description = "First day of the window (yyyy-MM-dd)", Required = true };
        var to = new Option<string>("--to") { Description = "Last day of the window (yyyy-MM-dd)", Required = true };
        var source = new Option<string?>("--source") { Description = "Only items of this source" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var top = new Option<int>("--top") { Description = "How many issues to print", DefaultValueFactory = _ => 10 };
        var command = new Command("detect", "Rank the issues of a window against the history before it") { from, to, source, json, top };
        command.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            var (f, t) = (ParseDate(r.GetValue(from), "--from"), ParseDate(r.GetValue(to), "--to"));
            if (t < f || t.DayNumber - f.DayNumber > 92)
            {
                throw new CliUserException("--to must be on or after --from, and the window at most 93 days.");
            }

            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<RadarDetection>().DetectAsync(f, t, r.GetValue(source), ct);
            var issues = result.Issues.Take(Math.Max(1, r.GetValue(top))).Select(IssueView.From).ToList();
            if (r.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new { issues }, Json));
                return 0;
            }

            Console.WriteLine($"{f:yyyy-MM-dd} – {t:yyyy-MM-dd}: {result.Issues.Count} issues from {result.ItemsRead} items (suppressed by dismissals: {result.Suppressed})");
            foreach (var (issue, rank) in issues.Select((i, n) => (i, n + 1)))
            {
                Console.WriteLine($"{rank,2}. {issue.Label}  score {issue.Score:F1}  volume {issue.Volume}  first {issue.FirstSeen}  {issue.State}  [{string.Join(", ", issue.Domains)}] [{string.Join(", ", issue.Districts)}]");
                foreach (var e in issue.Examples)
                {
                    Console.WriteLine($"      {e.Date} {e.Source}: {e.Title}");
                }
            }

            return 0;
        }));
        return command;
    }
}
