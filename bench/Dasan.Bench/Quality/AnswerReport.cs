using Dasan.Ai.Knowledge;
using Dasan.Korean;

namespace Dasan.Bench.Quality;

/// <summary><c>answer-quality [--misses] [--calibrate [--no-shape]] [--refit-noise N] [--report] [--concepts TEXT] [--ask TEXT] [--guide-first] [--answers FILE] [--dump FILE] [--timing] [--rerank-probe [T L M] [--with-unanswerable]] [--no-ranker]</c>: the extractive assistant over content/kb on the tuning questions (and the reporting questions with --report: figures only, every look counts, ADR 0107).</summary>
public static class AnswerReport
{
    public static int Run(string[] args)
    {
        var root = RepoRoot.Find();
        using var index = KnowledgeIndex.InMemory();
        foreach (var document in KnowledgeBaseReader.ReadFolder(Path.Combine(root, "content", "kb"), new Chunker(new KoreanTextPipeline())).GroupBy(c => c.DocumentId))
        {
            index.Replace(document.Key, document);
        }

        index.Commit();
        // Without the shipped guide ranker when fitting or probing one, or measuring the heuristic it replaced (ADR 0110).
        var unranked = args.Contains("--calibrate") || args.Contains("--rerank-probe") || args.Contains("--no-ranker");
        var answerer = new ExtractiveAnswerer(index, ranker: unranked ? GuideRanker.None : null);
        if (Array.IndexOf(args, "--concepts") is var probe and >= 0 && probe + 1 < args.Length)
        {
            foreach (var c in new QuestionAnalyzer().Concepts(args[probe + 1], index.Knows))
            {
                Console.WriteLine($"{c.Term} [{string.Join(',', c.Parts)}] df={index.Frequency(c.Term).ChunkFrequency}");
            }

            var features = answerer.Assess(args[probe + 1]);
            var vector = RefusalModel.Default.Vector(features);
            Console.WriteLine($"{features}\nshape p={vector[^2]:F3} topic p={vector[^1]:F3} score={RefusalModel.Default.Score(features):F3} threshold={RefusalModel.Default.Threshold}");

            return 0;
        }

        if (Array.IndexOf(args, "--ask") is var ask and >= 0 && ask + 1 < args.Length)
        {
            foreach (var hit in index.Search(args[ask + 1], null, 5))
            {
                Console.WriteLine($"  {hit.Score,6:F2} {hit.Chunk.DocumentId} › {hit.Chunk.Section}");
            }

            var led = answerer.Hits(args[ask + 1]);
            Console.WriteLine("led: " + string.Join(" | ", led.Take(3).Select(h => $"{h.Chunk.DocumentId} › {h.Chunk.Section}")));
            var concepts = new QuestionAnalyzer().Concepts(args[ask + 1], index.Knows);
            foreach (var s in new SentenceRanker(index).Rank(concepts, led.Take(3).ToList(), QuestionIntentDetector.Detect(args[ask + 1])).OrderByDescending(s => s.Score).Take(6))
            {
                Console.WriteLine($"    {s.Score:F3} p{s.PassageRank} {s.Text[..Math.Min(70, s.Text.Length)]}");
            }

            var answer = answerer.Answer(args[ask + 1]);
            Console.WriteLine($"{answer.Text}\n{string.Join('\n', answer.Citations.Select(c => $"  [{c.Number}] {c.Title} › {c.Section}"))}");
            return 0;
        }

        if (Array.IndexOf(args, "--answers") is var answers and >= 0 && answers + 1 < args.Length)
        {
            // Every training and tuning answer, one per line (id, question, answer, relevance, guides cited), to compare two builds' answers line by line.
            var folder = Path.Combine(root, "content", "kb-eval");
            var lines = EvalSetReader.ReadTraining(folder).Concat(EvalSetReader.ReadTuning(folder)).AsParallel().AsOrdered()
                .Select(q => answerer.Answer(q.Question) is var a ? $"{q.Id}\t{q.Question}\t{a.Text}\t{a.Relevance:F4}\t{string.Join(' ', a.Citations.Select(c => c.DocumentId).Distinct())}" : "");
            File.WriteAllLines(args[answers + 1], lines);
            return 0;
        }

        if (args.Contains("--guide-first"))
        {
            // Retrieval alone: how often the guide an answer is drawn from is one that holds the answer (training and tuning only).
            var folder = Path.Combine(root, "content", "kb-eval");
            foreach (var (name, set) in new[] { ("training", EvalSetReader.ReadTraining(folder)), ("tuning", EvalSetReader.ReadTuning(folder)) })
            {
                var answerable = set.Where(q => q.Answerable).ToList();
                var first = answerable.Count(q => answerer.Hits(q.Question) is { Count: > 0 } h && q.Documents.Contains(h[0].Chunk.DocumentId));
                Console.WriteLine($"{name}: the right guide first for {first} of {answerable.Count} answerable questions");
            }

            return 0;
        }

        if (Array.IndexOf(args, "--rerank-probe") is var rerank and >= 0)
        {
            int Arg(int offset, int fallback) => rerank + offset < args.Length && int.TryParse(args[rerank + offset], out var v) ? v : fallback;
            GuideRankProbe.Run(answerer, Path.Combine(root, "content", "kb-eval"), Arg(1, 200), Arg(2, 8), Arg(3, 20), args.Contains("--with-unanswerable"));
            return 0;
        }

        if (args.Contains("--timing"))
        {
            // Single-thread cost of one extractive answer (search, relevance features, refusal model, sentence choice).
            var questions = EvalSetReader.ReadTuning(Path.Combine(root, "content", "kb-eval")).Select(q => q.Question).ToList();
            questions.ForEach(q => answerer.Answer(q));
            var times = questions.Concat(questions).Select(q =>
            {
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                answerer.Answer(q);
                return System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }).Order().ToList();
            Console.WriteLine($"answer: p50 {times[times.Count / 2]:F2} ms, p99 {times[(int)(times.Count * 0.99)]:F2} ms over {times.Count} answers");
            return 0;
        }

        if (Array.IndexOf(args, "--dump") is var dump and >= 0 && dump + 1 < args.Length)
        {
            AnswerFeatureDump.Write(root, index, answerer, args[dump + 1]);
            return 0;
        }

        if (Array.IndexOf(args, "--refit-noise") is var noise and >= 0 && noise + 1 < args.Length)
        {
            RefitNoise.Run(answerer, Path.Combine(root, "content", "kb-eval"), int.Parse(args[noise + 1], System.Globalization.CultureInfo.InvariantCulture), rank: !args.Contains("--no-ranker"));
            return 0;
        }

        if (args.Contains("--calibrate"))
        {
            // The guide ranker and the refusal trees from the training questions, the threshold from the tuning questions (ADR 0107,
            // 0110), written where the build embeds them.
            var folder = Path.Combine(root, "content", "kb-eval");
            var (ranker, model) = KnowledgeEvaluator.Fit(answerer, EvalSetReader.ReadTraining(folder), EvalSetReader.ReadTuning(folder), shapes: !args.Contains("--no-shape"));
            // A model without shapes is for comparison only: it never replaces the shipped files.
            var path = model.Shapes is null ? Path.Combine(Path.GetTempPath(), "refusal-model-no-shape.json") : Path.Combine(root, "content", RefusalModel.Path);
            using (var trees = File.Create(path))
            using (var shapes = model.Shapes is null ? Stream.Null : File.Create(Path.Combine(root, "content", RefusalModel.ShapePath)))
            using (var guides = model.Shapes is null ? Stream.Null : File.Create(Path.Combine(root, "content", GuideRanker.Path)))
            {
                model.Write(trees, shapes);
                ranker.Write(guides);
            }

            answerer = answerer.WithRanker(ranker);
            Console.WriteLine($"{model.Trees.Count} trees, threshold {model.Threshold} -> {path}");
            var tuned = EvalSetReader.ReadTuning(folder).Select(q => (Score: model.Score(answerer.Assess(q.Question)), q.Answerable)).ToList();
            var refusedScores = tuned.Where(t => !t.Answerable).Select(t => t.Score).Order().ToList();
            foreach (var target in new[] { 0.6, 0.7, 0.75, 0.8, 0.85, 0.9 })
            {
                var cut = refusedScores[(int)Math.Ceiling(target * refusedScores.Count) - 1] + 0.01;
                var falseRefusals = tuned.Count(t => t.Answerable && t.Score < cut) / (double)tuned.Count(t => t.Answerable);
                Console.WriteLine($"  all tuning: refusing {target:P0} of unanswerable refuses {falseRefusals:P1} of answerable (threshold {cut:F2})");
            }

            answerer = new ExtractiveAnswerer(index, model, ranker);
        }

        if (!args.Contains("--calibrate") && StaleModel(root) is { } stale)
        {
            // The build embeds content/models; measuring after a refit without a rebuild reports the old model's figures.
            Console.Error.WriteLine($"{stale} differs from the model this build embeds: rebuild (dotnet build -c Release bench/Dasan.Bench) before measuring.");
            return 1;
        }

        foreach (var q in Measure(root, answerer, args.Contains("--misses")).Where(q => q.Set.StartsWith("tuning", StringComparison.Ordinal) || args.Contains("--report")))
        {
            Console.WriteLine(q);
        }

        // The typed-answer gold sets: the tuning half always, the reporting half (once activated) with --report.
        var evalFolder = Path.Combine(root, "content", "kb-eval");
        var typed = new[] { ("typed", "typed-answers.jsonl", true), ("typed-report", "typed-answers-report.jsonl", args.Contains("--report")) };
        foreach (var (set, file, shown) in typed.Where(t => t.Item3))
        {
            if (TypedAnswerGold.Measure(set, Path.Combine(evalFolder, file), answerer, args.Contains("--misses") && set == "typed") is { } gold)
            {
                Console.WriteLine(gold);
            }
        }

        return 0;
    }

    /// <summary>The shipped model file in the repository that differs from the one embedded in this build, if any.</summary>
    private static string? StaleModel(string root)
    {
        foreach (var path in new[] { RefusalModel.Path, RefusalModel.ShapePath, GuideRanker.Path })
        {
            using var embedded = Dasan.Core.Content.ShippedContent.Open(path);
            using var copy = new MemoryStream();
            embedded.CopyTo(copy);
            if (!copy.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(root, "content", path))))
            {
                return Path.Combine("content", path);
            }
        }

        return null;
    }

    public static IEnumerable<AnswerQuality> Measure(string root, ExtractiveAnswerer answerer, bool misses)
    {
        var folder = Path.Combine(root, "content", "kb-eval");
        var sets = new[]
        {
            ("tuning", "questions.jsonl", misses),
            ("tuning-b", "tuning-questions-b.jsonl", misses),
            ("report", "report-questions.jsonl", false),
            ("report-b", "report-questions-b.jsonl", false),
            ("report-c", "report-questions-c.jsonl", false),
            ("report-d", "report-questions-d.jsonl", false), // skipped while it waits in pending/
        };
        return sets.Select(s => AnswerQuality.Measure(s.Item1, Path.Combine(folder, s.Item2), answerer, s.Item3)).OfType<AnswerQuality>().ToList();
    }
}
