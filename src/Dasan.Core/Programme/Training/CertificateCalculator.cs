namespace Dasan.Core.Programme.Training;

/// <summary>
/// Derives certificates and operator compliance from completions at a moment. Certificates are not stored: a level is
/// held while each of its modules has an unexpired completion, and it expires with the first of them to lapse.
/// </summary>
public sealed class CertificateCalculator(Curriculum curriculum)
{
    /// <summary>Module code → latest expiry among the completions valid at <paramref name="asOfUtc"/>.</summary>
    public static Dictionary<string, DateTime> ValidModules(IEnumerable<ModuleCompletion> completions, DateTime asOfUtc) =>
        completions.Where(c => c.CompletedAt <= asOfUtc && c.ExpiresAt > asOfUtc)
            .GroupBy(c => c.ModuleCode)
            .ToDictionary(g => g.Key, g => g.Max(c => c.ExpiresAt), StringComparer.Ordinal);

    public IReadOnlyList<Certificate> Certificates(IReadOnlyDictionary<string, DateTime> validModules) =>
        curriculum.Levels
            .Where(l => l.CertificateModules.All(validModules.ContainsKey))
            .Select(l => new Certificate(l.Code, l.CertificateModules.Min(m => validModules[m])))
            .ToList();

    public Certificate? Certificate(string level, IReadOnlyDictionary<string, DateTime> validModules) =>
        Certificates(validModules).FirstOrDefault(c => c.Level == level);

    /// <summary>Modules a person operating a system of <paramref name="tier"/> must keep current (e.g. AIOP-01 for III–IV).</summary>
    public IReadOnlyList<CurriculumModule> RecurringModules(int? tier) =>
        tier is { } t ? curriculum.Modules.Where(m => m.RecurringForTiers.Contains(t)).ToList() : [];

    public bool OperatorRequired(int? tier) => RecurringModules(tier).Count > 0;

    public bool OperatorCompliant(int? tier, IReadOnlyDictionary<string, DateTime> validModules) =>
        OperatorRequired(tier) && RecurringModules(tier).All(m => validModules.ContainsKey(m.Code));
}
