namespace Dasan.Core.Data;

/// <summary>
/// An entity with a row version (issue 15): every save of a change raises <see cref="Version"/> and the UPDATE only
/// applies where the row still has the version that was read, so of two people changing it at once exactly one
/// wins and the other gets <see cref="Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException"/> (answered 409).
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
