using System.Text.Json;
using Dasan.Ai.Knowledge;

namespace Dasan.Bench.Quality;

/// <summary>
/// The typed-answer gold sets (content/kb-eval/typed-answers*.jsonl, README-typed-answers.md): questions asking for an
/// amount, a date, an age, who qualifies, a place, a phone number or a yes/no fact, each with short strings copied from
/// its guide, any of which in the answer shows it holds the fact. Unlike the lenient count of <see cref="AnswerQuality"/>
/// (any amount, any date), a wrong amount does not count.
/// </summary>
public sealed record TypedAnswerGold(string Set, int Questions, int Held, int Refused, IReadOnlyDictionary<string, (int Questions, int Held)> ByKind)
{
    public static TypedAnswerGold? Measure(string set, string path, ExtractiveAnswerer answerer, bool showMisses)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        int questions = 0, held = 0, refused = 0;
        var byKind = new SortedDictionary<string, (int Questions, int Held)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var question = root.GetProperty("question").GetString() ?? string.Empty;
            var kind = root.GetProperty("kind").GetString() ?? "?";
            var expected = root.GetProperty("expected").EnumerateArray().Select(e => e.GetString() ?? string.Empty).Where(e => e.Length > 0).ToList();
            var answer = answerer.Answer(question);
            var ok = !answer.Refused && expected.Any(e => answer.Text.Contains(e, StringComparison.Ordinal));
            questions++;
            held += ok ? 1 : 0;
            refused += answer.Refused ? 1 : 0;
            var (q, h) = byKind.GetValueOrDefault(kind);
            byKind[kind] = (q + 1, h + (ok ? 1 : 0));
            if (showMisses && !ok)
            {
                Console.WriteLine($"    {root.GetProperty("id").GetString()} {kind} [{string.Join(" | ", expected)}] {question}");
                Console.WriteLine($"       → {(answer.Refused ? "REFUSED" : answer.Text.Length > 160 ? answer.Text[..160] + "…" : answer.Text)}");
            }
        }

        return new TypedAnswerGold(set, questions, held, refused, byKind);
    }

    public override string ToString() =>
        $"{Set,-14} {Questions} questions: the answer holds the asked fact {Held} ({(Questions == 0 ? 0 : Held / (double)Questions):P0}), refused {Refused}   "
        + string.Join("  ", ByKind.Select(k => $"{k.Key} {k.Value.Held}/{k.Value.Questions}"));
}
