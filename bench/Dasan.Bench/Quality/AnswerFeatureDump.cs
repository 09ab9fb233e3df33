using System.Text.Json;
using Dasan.Ai.Knowledge;
using Dasan.Korean.Normalization;
using Dasan.Korean.Tokenization;

namespace Dasan.Bench.Quality;

/// <summary>
/// <c>answer-quality --dump FILE</c>: writes, for every training and tuning question (never the reporting ones), its
/// relevance features, concepts and the tokenised top passages as JSON lines, for offline study of the refusal decision.
/// </summary>
public static class AnswerFeatureDump
{
    private static readonly TextNormalizer Normalizer = new(new TextNormalizerOptions { ExtractHtml = false });

    public static void Write(string root, KnowledgeIndex index, ExtractiveAnswerer answerer, string path)
    {
        var tokenizer = new KoreanTokenizer();
        var analyzer = new QuestionAnalyzer();
        var folder = Path.Combine(root, "content", "kb-eval");
        var sets = Directory.GetFiles(folder, "training-questions*.jsonl").Order(StringComparer.Ordinal)
            .Select(f => ("training", f)).Append(("tuning", Path.Combine(folder, "questions.jsonl")))
            .Concat(Directory.GetFiles(folder, "tuning-questions*.jsonl").Order(StringComparer.Ordinal).Select(f => ("tuning-b", f)));
        using var output = new StreamWriter(path);
        foreach (var (set, file) in sets)
        {
            foreach (var q in EvalSetReader.Read(file))
            {
                var question = ExtractiveAnswerer.WithoutMaskedData(q.Question);
                var hits = index.Search(question, null, 10);
                var assessed = answerer.Assess(question);
                var terms = (string text) => tokenizer.Tokenize(Normalizer.Normalize(text).Text).Select(t => t.Term).Distinct().ToArray();
                var row = new Dictionary<string, object?>
                {
                    ["set"] = set,
                    ["file"] = Path.GetFileName(file),
                    ["id"] = q.Id,
                    ["question"] = q.Question,
                    ["answerable"] = q.Answerable,
                    ["documents"] = q.Documents,
                    ["intent"] = QuestionIntentDetector.Detect(question).ToString(),
                    ["features"] = assessed.ToVector(),
                    ["shape"] = assessed.Shape,
                    ["score"] = RefusalModel.Default.Score(assessed),
                    ["guide"] = assessed.Topic.Split('\n')[0],
                    ["topic"] = RefusalModel.Default.Topics?.Probability(assessed.Topic),
                    ["refused"] = answerer.Answer(q.Question).Refused,
                    ["concepts"] = analyzer.Concepts(question, index.Knows).Select(c => new
                    {
                        c.Term,
                        c.Parts,
                        Alternatives = c.Alternatives ?? [],
                        Kind = c.Kind.ToString(),
                        Df = index.Frequency(c.Term).ChunkFrequency,
                    }).ToArray(),
                    ["questionTerms"] = terms(question),
                    ["hits"] = hits.Select(h => new
                    {
                        Doc = h.Chunk.DocumentId,
                        h.Score,
                        Heading = terms(h.Chunk.Title + "\n" + h.Chunk.Section),
                        Sentences = SentenceSplitter.Split(h.Chunk.Text).Select(s => h.Chunk.Text.Substring(s.Start, s.Length)).Select(s => new
                        {
                            Text = s,
                            Terms = terms(s),
                            Evidence = QuestionIntentDetector.HasEvidence(QuestionIntentDetector.Detect(question), s),
                        }).ToArray(),
                    }).ToArray(),
                    ["topDocTerms"] = hits.Count == 0 ? [] : terms(string.Join("\n", index.DocumentChunks(hits[0].Chunk.DocumentId).Select(c => c.Title + "\n" + c.Section + "\n" + c.Text))),
                    ["chunkCount"] = index.Frequency("서울").ChunkCount,
                };
                output.WriteLine(JsonSerializer.Serialize(row));
            }
        }
    }
}
