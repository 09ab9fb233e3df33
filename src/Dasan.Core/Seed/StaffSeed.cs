namespace Dasan.Core.Seed;

/// <summary>One demo account of <c>content/seed/staff.json</c>.</summary>
public sealed record StaffSeed(string Login, string DisplayName, string Role, string? Department);
