namespace Dasan.Core.Seed;

/// <summary>What seeding did; <see cref="GeneratedAdminPassword"/> is set only on the start that created the admin.</summary>
public sealed record SeedReport(bool Seeded, int Departments, int Requests, string? GeneratedAdminPassword);
