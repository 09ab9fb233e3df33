namespace Dasan.Core.Programme.Training;

/// <summary>A four-choice question; <see cref="Answer"/> is the 0-based correct choice and never leaves the server.</summary>
public sealed record QuizQuestion(string Id, string Question, IReadOnlyList<string> Choices, int Answer, string Explanation);
