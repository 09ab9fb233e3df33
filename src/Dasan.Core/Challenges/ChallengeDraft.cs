namespace Dasan.Core.Challenges;

/// <summary>What a bureau writes for a challenge (create and edit).</summary>
public sealed record ChallengeDraft(
    string? Title,
    string? Problem,
    string? TopicArea,
    string? Technique,
    string? SeoulField,
    string? SourceKind,
    string? SourceRef,
    string? SourceNote,
    string? BudgetBand,
    int MinTrl,
    string? Eligibility,
    ChallengeDetails Details,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    int PilotMonths,
    string? Bureau = null,
    long? DepartmentId = null);
