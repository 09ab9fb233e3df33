using Dasan.Ai.Assistant;
using Dasan.Ai.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan kb ingest PATH</c>: a file or a folder; PDFs go through Debian's <c>pdftotext</c>.</summary>
public static class KnowledgeIngestCommand
{
    private static IReadOnlyList<string> Extensions => DocumentFileReader.Extensions;

    public static async Task<int> RunAsync(string path, string? data, CancellationToken ct)
    {
        var files = File.Exists(path) ? [path]
            : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal).ToList()
            : throw new CliUserException($"{path} is neither a file nor a folder.");
        if (files.Count == 0)
        {
            throw new CliUserException($"{path} has no .md, .txt, .html or .pdf documents.");
        }

        await using var services = await CliHost.OpenAsync(data, ct);
        var counts = new Dictionary<IngestOutcome, int>();
        var bar = new ProgressBar(files.Count, "ingesting");
        foreach (var file in files)
        {
            await using var scope = services.CreateAsyncScope();
            var ingestor = scope.ServiceProvider.GetRequiredService<KnowledgeIngestor>();
            var name = Path.GetFileName(file);
            try
            {
                var (content, format) = await DocumentFileReader.ReadAsync(file, ct);
                var outcome = await ingestor.IngestAsync(ModelCommands.CliActor, name, content, format, ct);
                counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
                if (outcome == IngestOutcome.Failed)
                {
                    bar.Note($"{name}: could not be parsed; recorded as failed");
                }
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                counts[IngestOutcome.Failed] = counts.GetValueOrDefault(IngestOutcome.Failed) + 1;
                bar.Note($"{name}: {e.Message}");
            }

            bar.Advance();
        }

        bar.Done();
        Console.WriteLine($"indexed {counts.GetValueOrDefault(IngestOutcome.Indexed)}, unchanged {counts.GetValueOrDefault(IngestOutcome.Unchanged)}, failed {counts.GetValueOrDefault(IngestOutcome.Failed)}");
        return 0;
    }
}
