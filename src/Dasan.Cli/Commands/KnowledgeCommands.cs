using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dasan.Ai.Assistant;
using Dasan.Ai.Knowledge;
using Dasan.Core.Content;
using Dasan.Core.Data;
using Dasan.Core.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan ask</c>, <c>dasan kb ingest|eval</c> and <c>dasan index rebuild</c>: the knowledge assistant from the command line.</summary>
public static class KnowledgeCommands
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every reporting writer's questions (ADR 0107): measured, never tuned on.</summary>
    private static readonly string[] ReportingSets = ["report-questions.jsonl", "report-questions-b.jsonl", "report-questions-c.jsonl", "report-questions-d.jsonl"];

    public static Command CreateAsk()
    {
        var question = new Argument<string>("question");
        var json = new Option<bool>("--json") { Description = "Print {answer, refused, citations: [{document, section, snippet}]}" };
        var command = new Command("ask", "Answer a question from the installation's knowledge base, with citations");
        command.Arguments.Add(question);
        var explain = new Option<bool>("--explain") { Description = "Also print the relevance features and score that decide answer or refusal (to stderr)" };
        command.Options.Add(json);
        command.Options.Add(explain);
        command.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            var text = scope.ServiceProvider.GetRequiredService<ITextProtector>();
            var masked = text.Mask(text.Clean(r.GetValue(question)!)).Text;
            if (r.GetValue(explain))
            {
                var kb = scope.ServiceProvider.GetRequiredService<KnowledgeBase>();
                await kb.SyncAsync(scope.ServiceProvider.GetRequiredService<DasanDbContext>(), force: true, ct);
                var features = kb.Answerer.Assess(masked);
                await Console.Error.WriteLineAsync($"{features} score={RefusalModel.Default.Score(features):F3} threshold={RefusalModel.Default.Threshold}");
            }

            var generator = scope.ServiceProvider.GetRequiredService<GroundedAnswerGenerator>();
            AssistantReply? reply = null;
            await foreach (var step in generator.StreamAsync(masked, null, ct))
            {
                if (step.Emergency is { } emergency && !r.GetValue(json))
                {
                    Console.WriteLine(emergency.Message + "\n"); // whom to call (109, 112 or 119), before anything else
                }

                if (step.Delta is { } piece && !r.GetValue(json))
                {
                    Console.Error.Write(piece); // the model's draft streams to stderr; the checked answer goes to stdout
                }

                reply = step.Reply ?? reply;
            }

            var answer = reply!.Answer;
            await scope.ServiceProvider.GetRequiredService<Dasan.Core.Programme.Portfolio.AssistantAnswerRecorder>().RecordAsync("cli", masked, answer.Refused, answer.Citations.Count, ct);
            if (r.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    answer = answer.Text, refused = answer.Refused,
                    citations = answer.Citations.Select(c => new { number = c.Number, document = c.DocumentId, title = c.Title, section = c.Section, snippet = SnippetText.Plain(c.Snippet) }),
                    department = answer.Department, generated = reply.Generated, fallback = reply.Fallback,
                    emergency = reply.Emergency is { } e ? new { call = e.Call, message = e.Message } : null,
                }, Json));
                return 0;
            }

            if (generator.UsesModel)
            {
                Console.Error.WriteLine(reply.Generated ? string.Empty : $"\n(extractive answer: {reply.Fallback ?? "no relevant passage"})");
            }

            Console.WriteLine(answer.Text);
            foreach (var c in answer.Citations)
            {
                Console.WriteLine($"  [{c.Number}] {c.Title} › {c.Section} ({c.DocumentId})");
            }

            return 0;
        }));
        return command;
    }

    public static Command CreateKb()
    {
        var path = new Argument<string>("path") { Description = "A file or folder of .md, .txt, .html or .pdf documents" };
        var ingest = new Command("ingest", "Ingest documents (re-ingesting a changed document replaces its chunks)");
        ingest.Arguments.Add(path);
        ingest.SetAction((r, ct) => CliHost.RunAsync(() => KnowledgeIngestCommand.RunAsync(r.GetValue(path)!, r.GetValue(DasanCommandLine.Data), ct)));

        var json = new Option<bool>("--json") { Description = "Print {recall_at_5, mrr, refusal_rate, false_refusal_rate, report, tuning, gap}" };
        var eval = new Command("eval", "Evaluate search, refusals and on-topic answers on the shipped tuning and reporting questions");
        eval.Options.Add(json);
        eval.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            var kb = services.GetRequiredService<KnowledgeBase>();
            await using var scope = services.CreateAsyncScope();
            await kb.SyncAsync(scope.ServiceProvider.GetRequiredService<DasanDbContext>(), force: true, ct);
            var result = KnowledgeEvaluator.Evaluate(
                kb.Index, kb.Answerer, [.. ShippedQuestions("questions.jsonl"), .. ShippedQuestions("tuning-questions-b.jsonl")],
                [.. ReportingSets.SelectMany(ShippedQuestions)]);
            Console.WriteLine(r.GetValue(json) ? result.ToJson() : result.ToString());
            return 0;
        }));
        var kb = new Command("kb", "Knowledge base");
        kb.Subcommands.Add(ingest);
        kb.Subcommands.Add(eval);
        return kb;
    }

    /// <summary>A shipped question set (content/kb-eval), read through a temporary file as <see cref="EvalSetReader"/> expects.</summary>
    private static IReadOnlyList<EvalQuestion> ShippedQuestions(string name)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dasan-kb-eval-{Environment.ProcessId}-{name}");
        try
        {
            File.WriteAllText(file, ShippedContent.ReadText("kb-eval/" + name));
            return EvalSetReader.Read(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static Command CreateIndex()
    {
        var rebuild = new Command("rebuild", "Rebuild the search index from the database");
        rebuild.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            var kb = services.GetRequiredService<KnowledgeBase>();
            if (!kb.OnDisk)
            {
                throw new CliUserException("The index is in use by a running server; stop it first (the server rebuilds an empty index itself).");
            }

            await using var scope = services.CreateAsyncScope();
            var n = await kb.RebuildAsync(scope.ServiceProvider.GetRequiredService<DasanDbContext>(), ct);
            Console.WriteLine($"knowledge index rebuilt from the database: {n} chunks");
            return 0;
        }));
        var index = new Command("index", "Search indexes");
        index.Subcommands.Add(rebuild);
        return index;
    }
}
