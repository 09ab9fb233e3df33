namespace Dasan.Core.Programme.Training;

/// <summary>What the browser gets of an open attempt: questions and choices, never the answers.</summary>
public sealed record QuizPaper(long AttemptId, string ModuleCode, string Title, int MasteryScore, DateTime DeadlineAt, IReadOnlyList<PaperQuestion> Questions)
{
    /// <summary>When the attempt was already submitted (or closed as late); the page then offers a new attempt instead of the form.</summary>
    public DateTime? SubmittedAt { get; init; }
}

/// <summary>A question as shown: its id, number and choices.</summary>
public sealed record PaperQuestion(string Id, int Number, string Question, IReadOnlyList<string> Choices);
