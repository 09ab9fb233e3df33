namespace Dasan.Core.Access;

/// <summary>Who caused a change: recorded on every audit event.</summary>
public enum ActorKind
{
    Human,
    Ai,
    System,
    Citizen,
    Integration,
}
