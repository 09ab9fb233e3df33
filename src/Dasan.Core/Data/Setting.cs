namespace Dasan.Core.Data;

/// <summary>A key/value fact about the installation (seed version, first-start time, ...).</summary>
public sealed class Setting
{
    public required string Key { get; set; }
    public required string Value { get; set; }
}
