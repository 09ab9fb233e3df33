using System.Globalization;
using Dasan.Ai.Triage;
using Dasan.Ai.Triage.Domains;
using Dasan.Core.Departments;

namespace Dasan.Bench.Quality;

/// <summary>
/// <c>ai-quality</c> (issue 14): every AI figure on the tuning slice and on the reporting slice nobody tuned on
/// (ADR 0107), side by side with fastText trained on the same rows, in one run: routing (domain and department
/// top-k, accuracy at 80 % coverage, petitions after the cut-off), urgency (critical recall, false-critical rate) and
/// the knowledge assistant (false refusals, on-topic cited answers, refusals).
/// </summary>
public static class AiQualityBenchmark
{
    public static int Run(string[] args)
    {
        var protocol = EvalProtocol.Open();
        var root = RepoRoot.Find();
        if (protocol is not null)
        {
            Routing(protocol);
        }

        Urgency(root);
        Answers(root);
        return 0;
    }

    private static void Routing(EvalProtocol protocol)
    {
        FastTextRanker? domains = null, units = null;
        if (FastTextRanker.Available)
        {
            Console.Error.WriteLine("ai-quality: building the weakly labelled corpus for fastText (the domain model's own rows)…");
            var corpus = DomainModelBuilder.Corpus(CatalogReader.Shipped(), RoutingModelCommand.Sources(protocol), new TriageOptions().DomainModelWeight);
            var texts = protocol.Proposals();
            domains = FastTextRanker.Train(corpus.Rows, TuningRows(protocol, texts, "domain"));
            units = FastTextRanker.Train(RoutingSection.UnitRows(CatalogReader.Shipped(), protocol), TuningRows(protocol, texts, "department"));
        }
        else
        {
            Console.WriteLine("fastText is not installed (apt-get install fasttext); its columns are skipped.");
        }

        Console.WriteLine("ROUTING — proposals: tuning = lines 1 mod 13 (read while building), report = lines 7 mod 13 (second annotator, never read). Targets on report: domain top-1 ≥ 0.75, top-3 ≥ 0.90, department in top-3 ≥ 0.60.");
        Console.WriteLine($"  {"router",-32} {"slice",-7} {"n",4} {"dom@1",6} {"dom@3",6} {"dep@1",6} {"dep@3",6} {"dom@80%",8} {"dep@80%",8}");
        var routers = RoutingSection.Run(protocol, domains, units);
        foreach (var (name, tuning, report) in routers)
        {
            foreach (var q in new[] { tuning, report })
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name,-32} {q.Slice,-7} {q.N,4} {q.DomainTop1,6:F3} {q.DomainTop3,6:F3} {q.DepartmentTop1,6:F3} {q.DepartmentTop3,6:F3} {q.At80.Domain,8:F3} {q.At80.Department,8:F3}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {"",-32} gap tuning − report: domain top-1 {tuning.DomainTop1 - report.DomainTop1:+0.000;-0.000}, top-3 {tuning.DomainTop3 - report.DomainTop3:+0.000;-0.000}, department top-3 {tuning.DepartmentTop3 - report.DepartmentTop3:+0.000;-0.000}"));
        }

        var (_, _, shipped) = routers.First(r => r.Name.StartsWith("Dasan (", StringComparison.Ordinal));
        Console.WriteLine("  risk–coverage of Dasan (catalog + domain model) on the report slice, most confident first:");
        foreach (var (coverage, domain, department, threshold) in shipped.Curve)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    coverage {coverage,4:P0}: domain accuracy {domain:F3}, department accuracy {department:F3} (confidence ≥ {threshold:F3})"));
        }

        var petitions = PetitionSection.Run(protocol, domains);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  petitions filed from {EvalProtocol.PetitionCutoff:yyyy-MM-dd} (never trained on), n={petitions.N}: top domain within the board category's domains — Dasan {petitions.Dasan:F3}, fastText {(petitions.FastText is { } f ? f.ToString("F3", CultureInfo.InvariantCulture) : "n/a")}"));
        domains?.Dispose();
        units?.Dispose();
    }

    /// <summary>The tuning slice as fastText validation rows (its autotune may read the tuning slice, never the report).</summary>
    private static IEnumerable<Dasan.Ai.Learning.LabeledText> TuningRows(EvalProtocol protocol, Dictionary<string, (int Line, string Title, string Body)> texts, string field) =>
        File.ReadLines(protocol.TuningLabels).Where(l => l.Length > 0).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Where(e => texts.ContainsKey(e.GetProperty("id").GetString()!))
            .Select(e => (T: texts[e.GetProperty("id").GetString()!], Label: e.GetProperty(field).GetString()!))
            .Select(x => new Dasan.Ai.Learning.LabeledText(DomainBlender.Text(x.T.Title, x.T.Body), x.Label)).ToList();

    private static void Urgency(string root)
    {
        Console.WriteLine("URGENCY — tuning sentences and reporting sentences from three writers (report, report-b, report-c); the reporting writers' are never read. Targets on report: critical recall ≥ 0.98, false-critical ≤ 2 %.");
        foreach (var (name, sets) in UrgencySection.Run(root))
        {
            foreach (var q in sets.OfType<UrgencyQuality>())
            {
                Console.WriteLine($"  {name,-28} {q}");
            }
        }
    }

    private static void Answers(string root)
    {
        Console.WriteLine("KNOWLEDGE — tuning questions (content/kb-eval/questions.jsonl, tuning-questions-b.jsonl) and held-out reporting questions (report-questions.jsonl, report-questions-b.jsonl, report-questions-c.jsonl). Targets on report: false refusals ≤ 10 % while refusing ≥ 90 % of unanswerable. fastText has no counterpart (it cannot answer or refuse).");
        using var index = Dasan.Ai.Knowledge.KnowledgeIndex.InMemory();
        foreach (var document in Dasan.Ai.Knowledge.KnowledgeBaseReader.ReadFolder(Path.Combine(root, "content", "kb"), new Dasan.Ai.Knowledge.Chunker(new Dasan.Korean.KoreanTextPipeline())).GroupBy(c => c.DocumentId))
        {
            index.Replace(document.Key, document);
        }

        index.Commit();
        foreach (var q in AnswerReport.Measure(root, new Dasan.Ai.Knowledge.ExtractiveAnswerer(index), misses: false))
        {
            Console.WriteLine($"  Dasan (extractive)           {q}");
        }
    }
}
