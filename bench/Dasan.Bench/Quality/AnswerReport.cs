using Dasan.Ai.Knowledge;
using Dasan.Korean;

namespace Dasan.Bench.Quality;

/// <summary><c>answer-quality [--misses] [--calibrate] [--report]</c>: the extractive assistant over content/kb on the tuning questions (and the reporting questions with --report: figures only, every look counts, ADR 0107).</summary>
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
        if (args.Contains("--calibrate"))
        {
            // Weights from the training questions, threshold from the tuning questions (ADR 0107); paste into RefusalModel.Default.
            var model = KnowledgeEvaluator.Calibrate(answerer,
                EvalSetReader.Read(Path.Combine(root, "content", "kb-eval", "training-questions.jsonl")),
                EvalSetReader.Read(Path.Combine(root, "content", "kb-eval", "questions.jsonl")));
            static string List(IEnumerable<double> values) => string.Join(", ", values.Select(v => Math.Round(v, 4).ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture)));
            Console.WriteLine($"        [{List(model.Means)}],\n        [{List(model.Scales)}],\n        [{List(model.Weights)}],\n        {List([model.Bias])},\n        {List([model.Threshold])});");
            answerer = new ExtractiveAnswerer(index, model);
        }

        foreach (var q in Measure(root, answerer, args.Contains("--misses")).Where(q => q.Set == "tuning" || args.Contains("--report")))
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
