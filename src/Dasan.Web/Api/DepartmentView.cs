namespace Dasan.Web.Api;

/// <summary>A department in API lists.</summary>
public sealed record DepartmentView(long Id, string Code, string Name, string? NameEn, string Bureau, string Domain, bool TriageDesk);
