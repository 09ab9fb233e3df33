namespace Dasan.Core.Data;

/// <summary>
/// One ASP.NET Core data-protection key (the XML the key manager writes), kept in the database so every node signs
/// and reads the same cookies and anti-forgery tokens (issue 16).
/// </summary>
public sealed class DataProtectionKeyRecord
{
    public long Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
