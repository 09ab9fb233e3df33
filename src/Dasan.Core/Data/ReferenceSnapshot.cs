using Dasan.Core.Departments;
using Dasan.Core.Triage;

namespace Dasan.Core.Data;

/// <summary>Departments (all, active or not) and active triage rules read together at <see cref="LoadedAt"/>; read-only.</summary>
public sealed class ReferenceSnapshot
{
    private readonly Dictionary<long, Department> _byId;
    private readonly Dictionary<string, Department> _byCode;

    public ReferenceSnapshot(IReadOnlyList<Department> departments, IReadOnlyList<TriageRule> activeRules, DateTimeOffset loadedAt, int version)
    {
        ArgumentNullException.ThrowIfNull(departments);
        Departments = departments;
        ActiveRules = activeRules;
        LoadedAt = loadedAt;
        Version = version;
        _byId = departments.ToDictionary(d => d.Id);
        _byCode = departments.GroupBy(d => d.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        TriageDesk = departments.FirstOrDefault(d => d.IsTriageDesk);
    }

    public IReadOnlyList<Department> Departments { get; }
    public IReadOnlyList<TriageRule> ActiveRules { get; }
    public DateTimeOffset LoadedAt { get; }
    public int Version { get; }

    /// <summary>The human triage desk, or null when the installation was not seeded.</summary>
    public Department? TriageDesk { get; }

    public Department? ById(long id) => _byId.GetValueOrDefault(id);

    /// <summary>The department with this code if it is active.</summary>
    public Department? ActiveByCode(string code) => _byCode.TryGetValue(code, out var d) && d.Active ? d : null;
}
