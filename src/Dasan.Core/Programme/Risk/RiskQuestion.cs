namespace Dasan.Core.Programme.Risk;

/// <summary>An impact, mitigation or legal-gate question. Gates carry a <see cref="MinTier"/> or are <see cref="Prohibited"/>.</summary>
public sealed record RiskQuestion(string Id, string TextKo, string TextEn, IReadOnlyList<RiskAnswer> Answers)
{
    public string? Law { get; init; }
    public string? MinTier { get; init; }
    public bool Prohibited { get; init; }

    public double MaxPoints => Answers.Count == 0 ? 0 : Answers.Max(a => a.Points);
}
