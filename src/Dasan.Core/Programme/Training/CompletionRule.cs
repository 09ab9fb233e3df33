namespace Dasan.Core.Programme.Training;

/// <summary>What completes a module: reading the lesson, passing the quiz at the mastery score, or both.</summary>
public enum CompletionRule
{
    Completed,
    Passed,
    Both,
}
