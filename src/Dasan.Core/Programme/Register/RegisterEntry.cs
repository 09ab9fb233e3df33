namespace Dasan.Core.Programme.Register;

/// <summary>One use case in the public register (AI 알고리즘 공개 목록): tier-1 summary and tier-2 detail.</summary>
public sealed record RegisterEntry(string Code, string Name, string Bureau, string Stage, string? Tier, bool Platform,
    IReadOnlyList<RegisterField> Tier1, IReadOnlyList<RegisterField> Tier2);
