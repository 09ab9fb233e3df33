namespace Dasan.Core.Seed;

/// <summary>First-start seeding. Bound from <c>Dasan:Seed</c>.</summary>
public sealed class SeedOptions
{
    public const string Section = "Dasan:Seed";

    /// <summary>Create demo staff accounts and the sample requests (default true).</summary>
    public bool DemoData { get; set; } = true;

    /// <summary>Password of the demo staff accounts; change it or turn demo data off in production.</summary>
    public string DemoPassword { get; set; } = "dasan-demo";

    /// <summary>Initial password of the <c>admin</c> account; when empty one is generated and printed once.</summary>
    public string? AdminPassword { get; set; }
}
