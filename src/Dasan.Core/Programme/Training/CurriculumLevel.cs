namespace Dasan.Core.Programme.Training;

/// <summary>A level of the curriculum (L0, L1, L2-1, L2-2, L3) and the modules its certificate requires.</summary>
public sealed record CurriculumLevel(
    string Code,
    string NameKo,
    string NameEn,
    bool Mandatory,
    string Description,
    string Who,
    IReadOnlyList<string> RequiredModules,
    double? TargetShare,
    int? TargetCount,
    string TargetText,
    string? ExtraRequirementKo)
{
    /// <summary>The assessed assignment a level's extra requirement stands for; it only arrives as an imported completion.</summary>
    public string? ExtraModule => ExtraRequirementKo is null ? null : Code + "-PRACTICAL";

    /// <summary>Every module code the certificate needs, the extra assignment included.</summary>
    public IEnumerable<string> CertificateModules => ExtraModule is { } x ? [.. RequiredModules, x] : RequiredModules;
}
