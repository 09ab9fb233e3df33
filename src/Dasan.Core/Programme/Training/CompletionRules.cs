namespace Dasan.Core.Programme.Training;

/// <summary>Evaluates a module's completion rule.</summary>
public static class CompletionRules
{
    public static CompletionRule Parse(string value) => value switch
    {
        "completed" => CompletionRule.Completed,
        "passed" => CompletionRule.Passed,
        "both" => CompletionRule.Both,
        _ => throw new InvalidOperationException($"curriculum.json: unknown completion_rule '{value}' (completed, passed or both)."),
    };

    /// <summary>True when the rule is met by having read the lesson and/or scored <paramref name="bestScore"/> against the mastery score.</summary>
    public static bool IsMet(CompletionRule rule, bool read, int? bestScore, int masteryScore)
    {
        var passed = bestScore is { } s && s >= masteryScore;
        return rule switch
        {
            CompletionRule.Completed => read,
            CompletionRule.Passed => passed,
            CompletionRule.Both => read && passed,
            _ => false,
        };
    }
}
