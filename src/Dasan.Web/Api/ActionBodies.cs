namespace Dasan.Web.Api;

/// <summary>Body of POST …/reassign: a department by id or catalog code, and the reason.</summary>
public sealed record ReassignBody(long? DepartmentId, string? DepartmentCode, string? Reason);

/// <summary>Body of POST …/answer.</summary>
public sealed record AnswerBody(string? Answer);

/// <summary>Body of POST …/reject.</summary>
public sealed record RejectBody(string? Reason);

/// <summary>Body of POST …/duplicate.</summary>
public sealed record DuplicateBody(string? DuplicateOf);
