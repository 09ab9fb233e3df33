using System.Diagnostics;
using Dasan.Ai.Knowledge;
using Dasan.Korean;

namespace Dasan.Bench;

/// <summary>
/// <c>knowledge</c>: ingestion rate of 100,000 synthetic Korean chunks (sentences of content/kb recombined,
/// seed 42) into an on-disk index, then search latency p50/p99 over 1,000 queries (eval questions and
/// sentence fragments), single thread. Options: <c>--chunks N</c>, <c>--queries N</c>.
/// </summary>
public static class KnowledgeBenchmark
{
    public static int Run(string[] args)
    {
        var chunkCount = Option(args, "--chunks", 100_000);
        var queryCount = Option(args, "--queries", 1_000);
        var root = RepoRoot.Find();
        var source = KnowledgeBaseReader.ReadFolder(Path.Combine(root, "content", "kb"), new Chunker(new KoreanTextPipeline()));
        var sentences = source.SelectMany(c => SentenceSplitter.Split(c.Text).Select(s => c.Text.Substring(s.Start, s.Length))).Where(s => s.Length >= 15).ToList();
        var random = new Random(42);
        var chunks = Enumerable.Range(0, chunkCount).Select(i => Synthetic(i, source[random.Next(source.Count)], sentences, random)).ToList();
        Console.WriteLine($"generated {chunks.Count:N0} chunks from {sentences.Count:N0} sentences of {source.Select(c => c.DocumentId).Distinct().Count()} documents");

        var folder = Path.Combine(Path.GetTempPath(), "dasan-knowledge-bench-" + Environment.ProcessId);
        try
        {
            using var index = KnowledgeIndex.OnDisk(folder);
            var watch = Stopwatch.StartNew();
            foreach (var group in chunks.Chunk(10))
            {
                index.Replace(group[0].DocumentId, group);
            }

            index.Commit();
            watch.Stop();
            Console.WriteLine($"ingestion: {chunkCount / watch.Elapsed.TotalSeconds:N0} chunks/s ({watch.Elapsed.TotalSeconds:F1} s, on disk, committed)");

            var questions = EvalSetReader.Read(Path.Combine(root, "content", "kb-eval", "questions.jsonl")).Select(q => q.Question).ToList();
            var queries = Enumerable.Range(0, queryCount)
                .Select(i => i % 2 == 0 ? questions[random.Next(questions.Count)] : Fragment(sentences[random.Next(sentences.Count)], random))
                .ToList();
            foreach (var query in queries.Take(50))
            {
                index.Search(query, null, 10);
            }

            var latencies = new List<double>(queries.Count);
            foreach (var query in queries)
            {
                var start = Stopwatch.GetTimestamp();
                index.Search(query, null, 10);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            latencies.Sort();
            Console.WriteLine($"search (top 10 with snippets, {queries.Count} queries): p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return 0;
    }

    private static KnowledgeChunk Synthetic(int i, KnowledgeChunk template, List<string> sentences, Random random)
    {
        var text = string.Join(' ', Enumerable.Range(0, random.Next(3, 9)).Select(_ => sentences[random.Next(sentences.Count)]));
        var documentId = $"synthetic-{i / 10:D5}.md";
        return template with { Id = $"{documentId}#{i % 10}", DocumentId = documentId, Ordinal = i % 10, Text = text, Start = 0, Length = text.Length };
    }

    private static string Fragment(string sentence, Random random)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var take = Math.Min(words.Length, random.Next(2, 6));
        return string.Join(' ', words.Skip(random.Next(Math.Max(1, words.Length - take))).Take(take));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }
}
