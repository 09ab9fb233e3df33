using System.Text.Json;

namespace Dasan.Ai.Knowledge;

/// <summary>Reads the knowledge evaluation set and splits it deterministically into a tuning and a test half.</summary>
public static class EvalSetReader
{
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

    /// <summary>
    /// True when <paramref name="id"/> belongs to the tuning half: FNV-1a hash of the id is even.
    /// The split depends on the id only, so adding questions never moves existing ones.
    /// </summary>
    public static bool IsTuning(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (hash & 1) == 0;
    }
}
