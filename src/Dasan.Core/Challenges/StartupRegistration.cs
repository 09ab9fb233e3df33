namespace Dasan.Core.Challenges;

/// <summary>What a start-up enters to register.</summary>
public sealed record StartupRegistration(
    string? Name, string? BusinessNumber, string? Representative, string? ContactName, string? Email, string? Phone, string? Login, string? Password);
