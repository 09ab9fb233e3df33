namespace Dasan.Core.Challenges;

/// <summary>
/// An accepted proposal in the field (실증): agreement terms, KPI measurements, gate reviews and, at the end, the
/// pilot certificate (실증확인서) and a procurement recommendation. Its use case in the AI portfolio is <see cref="UseCaseCode"/>.
/// </summary>
public sealed class Pilot : Data.IVersioned
{
    public long Id { get; set; }
    public int Version { get; set; }

    /// <summary>e.g. <c>PL-2026-01</c>.</summary>
    public required string Code { get; set; }

    public long ProposalId { get; set; }
    public Proposal? Proposal { get; set; }
    public long ChallengeId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }

    /// <summary>Who owns what the pilot produces (by default the company keeps its IP).</summary>
    public required string IpTerms { get; set; }

    public required string DataAccess { get; set; }
    public PilotStatus Status { get; set; }
    public string? UseCaseCode { get; set; }
    public string? CertificateNumber { get; set; }
    public DateTime? CertificateIssuedAt { get; set; }

    /// <summary>recommend or not_recommend, with the reason.</summary>
    public string? Procurement { get; set; }

    public string? ProcurementNote { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public List<PilotMeasurement> Measurements { get; set; } = [];
    public List<PilotGate> Gates { get; set; } = [];
}
