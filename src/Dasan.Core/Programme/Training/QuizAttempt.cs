namespace Dasan.Core.Programme.Training;

/// <summary>One attempt at a module's quiz: started, then submitted once before its deadline and scored on the server.</summary>
public sealed class QuizAttempt
{
    public long Id { get; set; }
    public long RosterMemberId { get; set; }
    public required string ModuleCode { get; set; }
    public required string CurriculumVersion { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime DeadlineAt { get; set; }

    /// <summary>Set once; a concurrency token, so two simultaneous submissions cannot both succeed.</summary>
    public DateTime? SubmittedAt { get; set; }

    public int? Score { get; set; }
    public bool? Passed { get; set; }

    /// <summary>
    /// The questions drawn for this attempt, in the order shown, as a JSON array of ids (issue 15); null for attempts
    /// started before drawing existed (all questions, curriculum order).
    /// </summary>
    public string? QuestionIdsJson { get; set; }

    /// <summary>The chosen answers as JSON (question id → choice index).</summary>
    public string? AnswersJson { get; set; }
}
