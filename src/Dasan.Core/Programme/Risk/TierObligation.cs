namespace Dasan.Core.Programme.Risk;

/// <summary>An obligation a tier carries (public_notice, explanation_to_person, peer_review, …).</summary>
public sealed record TierObligation(string Id, string TextKo, string TextEn, string? Approver, string? Module);
