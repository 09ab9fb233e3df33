namespace Dasan.Core.Departments;

/// <summary>An organisational unit requests are routed to (과·담당관·센터, or an affiliated body).</summary>
public sealed class Department
{
    public long Id { get; set; }

    /// <summary>Stable ASCII code from the catalog, e.g. <c>bus-policy</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Official Korean name, e.g. 버스정책과.</summary>
    public required string Name { get; set; }

    public string? NameEn { get; set; }

    /// <summary>The 실·본부·국 it belongs to.</summary>
    public required string Bureau { get; set; }

    /// <summary>Domain code of PRODUCT.md (transport, welfare, ...).</summary>
    public required string Domain { get; set; }

    /// <summary>The human triage desk that takes requests the AI is unsure of.</summary>
    public bool IsTriageDesk { get; set; }

    public bool Active { get; set; } = true;
}
