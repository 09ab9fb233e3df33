using System.Text.Json;

namespace Dasan.Ai.Knowledge;

/// <summary>Reads a knowledge evaluation question set (training, tuning or reporting questions; ADR 0107).</summary>
public static class EvalSetReader
{
    /// <summary>Every training question set in <paramref name="folder"/> (<c>training-questions*.jsonl</c>, one per writer), in file order.</summary>
    public static IReadOnlyList<EvalQuestion> ReadTraining(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return [.. Directory.GetFiles(folder, "training-questions*.jsonl").Order(StringComparer.Ordinal).SelectMany(Read)];
    }

    /// <summary>The tuning questions in <paramref name="folder"/>: <c>questions.jsonl</c>, then every <c>tuning-questions*.jsonl</c>.</summary>
    public static IReadOnlyList<EvalQuestion> ReadTuning(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return [.. Read(Path.Combine(folder, "questions.jsonl")), .. Directory.GetFiles(folder, "tuning-questions*.jsonl").Order(StringComparer.Ordinal).SelectMany(Read)];
    }

    /// <summary>Every reporting question set in <paramref name="folder"/> (<c>report-questions*.jsonl</c>): measured, never tuned on.</summary>
    public static IReadOnlyList<EvalQuestion> ReadReport(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        return [.. Directory.GetFiles(folder, "report-questions*.jsonl").Order(StringComparer.Ordinal).SelectMany(Read)];
    }

    /// <summary>Reads JSON Lines of <c>{"id","question","answerable","documents","lang"}</c>.</summary>
    public static IReadOnlyList<EvalQuestion> Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var questions = new List<EvalQuestion>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var root = JsonDocument.Parse(line).RootElement;
            questions.Add(new EvalQuestion(
                root.GetProperty("id").GetString() ?? throw new InvalidDataException($"{path}: a question has no id."),
                root.GetProperty("question").GetString() ?? string.Empty,
                root.GetProperty("answerable").GetBoolean(),
                root.TryGetProperty("documents", out var docs) ? docs.EnumerateArray().Select(d => d.GetString() ?? string.Empty).ToList() : [],
                root.TryGetProperty("lang", out var lang) ? lang.GetString() ?? "ko" : "ko"));
        }

        return questions;
    }
}
