namespace Dasan.Core.Triage;

/// <summary>An admin rule: requests containing <see cref="Phrase"/> go to the department <see cref="DepartmentCode"/>.</summary>
public sealed class TriageRule
{
    public long Id { get; set; }
    public required string Phrase { get; set; }
    public required string DepartmentCode { get; set; }
    public bool Active { get; set; } = true;
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
