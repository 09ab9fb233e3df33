namespace Dasan.Core.Triage;

/// <summary>What the AI suggested for a request at intake: kept for staff, the audit trail and the programme's KPIs.</summary>
public sealed class TriageSuggestion
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public Requests.CitizenRequest? Request { get; set; }
    public DateTime At { get; set; }

    /// <summary>Top domain code.</summary>
    public required string Domain { get; set; }

    /// <summary>Catalog code of the top department, or null when the router abstained.</summary>
    public string? DepartmentCode { get; set; }

    public double Confidence { get; set; }

    /// <summary>normal, high or critical.</summary>
    public required string Urgency { get; set; }

    public bool AutoAssigned { get; set; }

    /// <summary>JSON: the top-3 candidates with domain and score.</summary>
    public required string CandidatesJson { get; set; }

    /// <summary>JSON: evidence per candidate (terms, keywords, duty, example, rule) and urgency cues.</summary>
    public required string EvidenceJson { get; set; }

    public string? Summary { get; set; }

    /// <summary>Which router produced it, e.g. <c>catalog@2026-11-25</c> or <c>catalog+model:routing@3</c>.</summary>
    public required string RouterVersion { get; set; }

    /// <summary>Set when staff later sent the request elsewhere (the AI routing was overridden).</summary>
    public DateTime? OverriddenAt { get; set; }
}
