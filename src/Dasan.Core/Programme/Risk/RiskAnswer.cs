namespace Dasan.Core.Programme.Risk;

/// <summary>One possible answer; gate answers (<c>yes</c>/<c>no</c>) carry no points.</summary>
public sealed record RiskAnswer(string Id, string TextKo, string TextEn, double Points);
