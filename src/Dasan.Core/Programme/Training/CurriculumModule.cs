namespace Dasan.Core.Programme.Training;

/// <summary>A module with its lesson (Korean Markdown), quiz and completion rule.</summary>
public sealed record CurriculumModule(
    string Code,
    string Level,
    IReadOnlyList<string> AlsoLevels,
    string TitleKo,
    string TitleEn,
    IReadOnlyList<string> Skills,
    string Proficiency,
    CompletionRule Rule,
    int MasteryScore,
    int ValidMonths,
    IReadOnlyList<int> RecurringForTiers,
    int Minutes,
    string? AudienceKo,
    string ContentMarkdown,
    IReadOnlyList<QuizQuestion> Quiz)
{
    /// <summary>Score 0–100 (rounded down) of a set of answers; a missing answer counts as wrong.</summary>
    public int Score(IReadOnlyDictionary<string, int> answers) =>
        Quiz.Count == 0 ? 0 : Quiz.Count(q => answers.TryGetValue(q.Id, out var a) && a == q.Answer) * 100 / Quiz.Count;
}
