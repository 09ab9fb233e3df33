namespace Dasan.Core.Programme.Risk;

/// <summary>A tier (I–IV): its name, the score share above which it starts, and its obligations.</summary>
public sealed record TierDefinition(string Tier, string NameKo, string NameEn, double? MinShareExclusive, IReadOnlyList<TierObligation> Obligations);
