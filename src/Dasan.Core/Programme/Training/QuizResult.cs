namespace Dasan.Core.Programme.Training;

/// <summary>The server's scoring of a submitted attempt. Names the wrong question numbers, not their answers.</summary>
public sealed record QuizResult(
    long AttemptId,
    string ModuleCode,
    int Score,
    int MasteryScore,
    bool Passed,
    int Correct,
    int Total,
    IReadOnlyList<int> WrongNumbers,
    DateTime? CompletedUntil);
