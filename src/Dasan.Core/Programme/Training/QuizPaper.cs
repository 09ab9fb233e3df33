namespace Dasan.Core.Programme.Training;

/// <summary>What the browser gets of an open attempt: questions and choices, never the answers.</summary>
public sealed record QuizPaper(long AttemptId, string ModuleCode, string Title, int MasteryScore, DateTime DeadlineAt, IReadOnlyList<PaperQuestion> Questions);

/// <summary>A question as shown: its id, number and choices.</summary>
public sealed record PaperQuestion(string Id, int Number, string Question, IReadOnlyList<string> Choices);
