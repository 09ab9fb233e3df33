namespace Dasan.Core.Programme.Register;

/// <summary>A field of a register entry: its value as text, or the reason it is withheld.</summary>
public sealed record RegisterField(string Field, string Label, string? Value, string? WithheldReason)
{
    public bool Withheld => WithheldReason is not null;
}
