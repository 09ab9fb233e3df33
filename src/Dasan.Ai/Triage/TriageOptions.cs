namespace Dasan.Ai.Triage;

/// <summary>Triage behaviour. Bound from <c>Dasan:Triage</c>.</summary>
public sealed class TriageOptions
{
    public const string Section = "Dasan:Triage";

    /// <summary>Calibrated probability of the top department at or above which a request is assigned without a human (default 0.5).</summary>
    public double AutoAssignThreshold { get; set; } = 0.5;

    /// <summary>Catalog code of the duty desk that receives critical requests at once (default 안전총괄과).</summary>
    public string DutyDeskCode { get; set; } = "safety-general";

    /// <summary>Days a request stays in the near-duplicate index while open (default 30).</summary>
    public int DuplicateWindowDays { get; set; } = 30;

    /// <summary>Jaccard similarity of character shingles at or above which two requests are linked as near-duplicates (default 0.5).</summary>
    public double DuplicateThreshold { get; set; } = 0.5;

    /// <summary>Weight of the classifier trained on the catalog's own text against retrieval (default 0.5, an equal blend).</summary>
    public double CatalogModelWeight { get; set; } = 0.5;

    /// <summary>
    /// Weight of the domain model trained on weak labels (petitions, knowledge documents, catalog; ADR 0107) against
    /// the catalog's domain belief (default 0.35, chosen on the tuning slice; 0 turns it off).
    /// </summary>
    public double DomainModelWeight { get; set; } = 0.35;

    /// <summary>Weight of the learned routing model against the catalog router once a model is active (default 0.5).</summary>
    public double ModelWeight { get; set; } = 0.5;
}
