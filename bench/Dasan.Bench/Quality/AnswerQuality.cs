using Dasan.Ai.Knowledge;

namespace Dasan.Bench.Quality;

/// <summary>
/// Knowledge-assistant figures of one question set: false refusals of answerable questions, refusals of
/// unanswerable ones, and the share of answerable questions answered on topic (not refused, and citing a document
/// that holds the answer), and of the answers to questions asking for a kind of thing (an amount, a date, an age, a
/// place, a phone number) the share that contains one (<see cref="QuestionIntentDetector.HasEvidence"/>).
/// </summary>
public sealed partial record AnswerQuality(string Set, int Answerable, int FalseRefusals, int OnTopic, int Unanswerable, int Refused, double Auc)
{
    /// <summary>Answered questions asking for an amount, a date, an age, a place or a phone number.</summary>
    public int Typed { get; init; }

    /// <summary>Of <see cref="Typed"/>, the answers holding that kind of thing.</summary>
    public int TypedHeld { get; init; }

    /// <summary>Answers to answerable questions that also cite a guide holding none of the answer (a stray sentence).</summary>
    public int Stray { get; init; }

    public double FalseRefusalRate => Answerable == 0 ? 0 : FalseRefusals / (double)Answerable;
    public double OnTopicRate => Answerable == 0 ? 0 : OnTopic / (double)Answerable;
    public double RefusalRate => Unanswerable == 0 ? 0 : Refused / (double)Unanswerable;

    public static AnswerQuality? Measure(string set, string path, ExtractiveAnswerer answerer, bool showMisses)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        int answerable = 0, falseRefusals = 0, onTopic = 0, unanswerable = 0, refused = 0, typed = 0, held = 0, stray = 0;
        var scores = new List<(double Score, bool Answerable)>();
        foreach (var q in EvalSetReader.Read(path))
        {
            var answer = answerer.Answer(q.Question);
            scores.Add((answer.Relevance, q.Answerable));
            var cited = answer.Citations.Any(c => q.Documents.Contains(c.DocumentId));
            if (q.Answerable)
            {
                answerable++;
                falseRefusals += answer.Refused ? 1 : 0;
                onTopic += !answer.Refused && cited ? 1 : 0;
                stray += !answer.Refused && answer.Citations.Any(c => !q.Documents.Contains(c.DocumentId)) ? 1 : 0;
                var intent = QuestionIntentDetector.Detect(q.Question);
                if (!answer.Refused && intent is not (QuestionIntent.Other or QuestionIntent.How))
                {
                    typed++;
                    var text = AnswerText(answer.Text);
                    held += QuestionIntentDetector.HasEvidence(intent, text) ? 1 : 0;
                    if (showMisses && !QuestionIntentDetector.HasEvidence(intent, text))
                    {
                        Console.WriteLine($"    {q.Id} asks {intent}, answer holds none: {q.Question}\n       → {Cut(answer.Text)}");
                    }
                }
            }
            else
            {
                unanswerable++;
                refused += answer.Refused ? 1 : 0;
            }

            var wrong = q.Answerable ? answer.Refused || !cited : !answer.Refused;
            if (showMisses && wrong)
            {
                Console.WriteLine($"    {q.Id} {(q.Answerable ? "answerable" : "unanswerable")} [{string.Join(',', q.Documents)}] {q.Question}");
                Console.WriteLine($"       → {(answer.Refused ? "REFUSED" : string.Join(',', answer.Citations.Select(c => c.DocumentId).Distinct()))} ({answer.Relevance:F2}) {Cut(answer.Text)}");
            }
        }

        return new AnswerQuality(set, answerable, falseRefusals, onTopic, unanswerable, refused, AreaUnderCurve(scores)) { Typed = typed, TypedHeld = held, Stray = stray };
    }

    public override string ToString() =>
        $"{Set,-8} answerable {Answerable}: false refusals {FalseRefusalRate:P1}, on-topic cited answers {OnTopicRate:P1}   unanswerable {Unanswerable}: refused {RefusalRate:P1}   relevance AUC {Auc:F3}"
        + $"   answers holding the kind asked for {TypedHeld}/{Typed}   citing a guide without the answer {Stray}";

    /// <summary>The answer without its citation marks ([1]), which would read as numbers.</summary>
    private static string AnswerText(string text) => CitationMark().Replace(text, string.Empty);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex CitationMark();

    /// <summary>The chance that an answerable question scores above an unanswerable one (ties count half): the refusal model's quality whatever its threshold.</summary>
    private static double AreaUnderCurve(List<(double Score, bool Answerable)> scores)
    {
        var positives = scores.Where(s => s.Answerable).Select(s => s.Score).ToList();
        var negatives = scores.Where(s => !s.Answerable).Select(s => s.Score).ToList();
        if (positives.Count == 0 || negatives.Count == 0)
        {
            return 0;
        }

        var wins = positives.Sum(p => negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0));
        return wins / (positives.Count * (double)negatives.Count);
    }

    private static string Cut(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
