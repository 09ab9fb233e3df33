namespace Dasan.Web.Training;

/// <summary>Body of POST /api/v1/training/enrolments.</summary>
public sealed record EnrolBody(string? Level, long? DepartmentId, string? JobRole);

/// <summary>Body of POST /api/v1/training/attempts/{id}/submit: question id → chosen index (0-based).</summary>
public sealed record SubmitBody(Dictionary<string, int>? Answers);
