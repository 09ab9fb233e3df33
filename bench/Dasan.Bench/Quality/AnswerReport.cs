using Dasan.Ai.Knowledge;
using Dasan.Korean;

namespace Dasan.Bench.Quality;

/// <summary><c>answer-quality [--misses]</c>: the extractive assistant over content/kb on the tuning and reporting questions.</summary>
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
        var answerer = new ExtractiveAnswerer(index);
        if (args.Contains("--sweep"))
        {
            var questions = EvalSetReader.Read(Path.Combine(root, "content", "kb-eval", "questions.jsonl"));
            var examples = questions.Select(q => (answerer.Assess(q.Question), q.Answerable)).ToList();
            var model = RefusalCalibrator.Fit(examples, 0.9);
            var scores = examples.Select(e => (S: model.Score(e.Item1), e.Answerable)).ToList();
            foreach (var target in new[] { 0.7, 0.8, 0.85, 0.9, 0.95 })
            {
                var neg = scores.Where(s => !s.Answerable).Select(s => s.S).Order().ToList();
                var t = neg[Math.Clamp((int)Math.Ceiling(target * neg.Count) - 1, 0, neg.Count - 1)] + 0.01;
                var pos = scores.Where(s => s.Answerable).ToList();
                Console.WriteLine($"refuse {target:P0} of unanswerable → false refusals {pos.Count(p => p.S < t) / (double)pos.Count:P1}");
            }

            Console.WriteLine($"weights {string.Join(", ", model.Weights.Select(w => w.ToString("F3")))}");
            if (args.Contains("--features"))
            {
                foreach (var (q, e) in questions.Zip(examples).OrderBy(x => model.Score(x.Second.Item1)))
                {
                    Console.WriteLine($"{model.Score(e.Item1),6:F2} {(q.Answerable ? "A" : "U")} [{string.Join(" ", e.Item1.ToVector().Select(v => v.ToString("F2")))}] {q.Question}");
                }
            }
        }

        foreach (var q in Measure(root, answerer, args.Contains("--misses")))
        {
            Console.WriteLine(q);
        }

        return 0;
    }

    public static IEnumerable<AnswerQuality> Measure(string root, ExtractiveAnswerer answerer, bool misses)
    {
        var tuning = AnswerQuality.Measure("tuning", Path.Combine(root, "content", "kb-eval", "questions.jsonl"), answerer, misses);
        var report = AnswerQuality.Measure("report", Path.Combine(root, "content", "kb-eval", "report-questions.jsonl"), answerer, showMisses: false);
        return new[] { tuning, report }.OfType<AnswerQuality>();
    }
}
