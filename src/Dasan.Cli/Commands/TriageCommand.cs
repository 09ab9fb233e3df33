using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dasan.Ai.Triage;
using Dasan.Ai.Triage.Urgency;
using Dasan.Core.Data;
using Dasan.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary>
/// <c>dasan triage --input FILE.jsonl --output OUT.jsonl</c> with the contract of PRODUCT.md: one object per line
/// (id, title, body) in, one per line out; bad lines are reported with their line number and skipped.
/// <c>--eval --label-field F [--slice-field S]</c> prints accuracy against a label (a domain code or a department name),
/// per slice with the tuning–reporting gap when a slice field is given.
/// </summary>
public static class TriageCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var input = new Option<FileInfo?>("--input") { Description = "JSONL with id, title, body" };
        var sentence = new Argument<string?>("text") { Description = "One request to triage, e.g. \"버스가 30분째 안 와요\" (instead of --input)", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<FileInfo?>("--output") { Description = "Where to write the triage JSONL (default: standard output)" };
        var eval = new Option<bool>("--eval") { Description = "Also print accuracy against the label field" };
        var labelField = new Option<string?>("--label-field") { Description = "Field holding the expected domain code or department name" };
        var sliceField = new Option<string?>("--slice-field") { Description = "Field naming each line's slice (e.g. tuning / report): scores every slice and prints the gap" };
        var command = new Command("triage", "Triage requests from a JSONL file: domain, department (or null), top-3 candidates, urgency, confidence");
        command.Arguments.Add(sentence);
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(eval);
        command.Options.Add(labelField);
        command.Options.Add(sliceField);
        command.SetAction((r, ct) => CliHost.RunAsync(() => r.GetValue(sentence) is { Length: > 0 } text && r.GetValue(input) is null
            ? TriageSentence.RunAsync(text, r.GetValue(DasanCommandLine.Data), ct)
            : RunAsync(new TriageRun(r.GetValue(input) ?? throw new CliUserException("Give a sentence to triage, or --input FILE.jsonl."), r.GetValue(output), r.GetValue(eval), r.GetValue(labelField), r.GetValue(sliceField)),
                r.GetValue(DasanCommandLine.Data), ct)));
        return command;
    }

    private static async Task<int> RunAsync(TriageRun run, string? data, CancellationToken ct)
    {
        var (input, output, eval, labelField, sliceField) = run;
        if (!input.Exists)
        {
            throw new CliUserException($"{input.FullName} does not exist.");
        }

        if (eval && string.IsNullOrWhiteSpace(labelField))
        {
            throw new CliUserException("--eval needs --label-field NAME (the field with the expected domain or department).");
        }

        await using var services = await CliHost.OpenAsync(data, ct);
        await using var scope = services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<TriageEngine>();
        var urgency = scope.ServiceProvider.GetRequiredService<UrgencyClassifier>();
        var text = scope.ServiceProvider.GetRequiredService<ITextProtector>();
        var rules = await scope.ServiceProvider.GetRequiredService<DasanDbContext>().TriageRules.AsNoTracking().Where(x => x.Active).ToListAsync(ct);
        var lines = await File.ReadAllLinesAsync(input.FullName, ct);
        await using var writer = output is null ? new StreamWriter(Console.OpenStandardOutput()) : new StreamWriter(output.FullName);
        var score = new TriageScore(labelField, sliceField);
        var progress = new ProgressBar(lines.Length, "triage");
        for (var i = 0; i < lines.Length; i++)
        {
            progress.Advance();
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            if (!TriageLine.TryParse(lines[i], out var line, out var error))
            {
                progress.Note($"line {i + 1}: {error}; skipped");
                continue;
            }

            var title = text.Mask(text.Clean(line.Title)).Text;
            var body = text.Mask(text.Clean(line.Body)).Text;
            var outcome = engine.Triage(title, body, rules);
            var level = urgency.Assess(title, body).Level.ToString().ToLowerInvariant();
            await writer.WriteLineAsync(JsonSerializer.Serialize(new
            {
                id = line.Id,
                domain = outcome.Domain,
                department = outcome.Department?.Name,
                candidates = outcome.Top3.Select(u => new { department = u.Name, domain = u.Domain, score = Math.Round(u.Probability, 4) }),
                urgency = level,
                confidence = Math.Round(outcome.Confidence, 4),
            }, Json));
            score.Add(line.Label(labelField), outcome, line.Label(sliceField));
        }

        progress.Done();
        await writer.FlushAsync(ct);
        if (eval)
        {
            Console.WriteLine(score.Report());
        }

        return 0;
    }
}
