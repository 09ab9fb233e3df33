using Dasan.Core.Access;

namespace Dasan.Core.Requests;

/// <summary>
/// A request acknowledged before it is triaged (ADR 0328): stored as submitted, with its tracking number and time of
/// receipt, until a node's journal worker stores it as a <see cref="CitizenRequest"/> and deletes this entry in the
/// same transaction.
/// </summary>
public sealed class JournaledRequest
{
    public long Id { get; set; }
    public required string TrackingNumber { get; set; }
    public RequestChannel Channel { get; set; }
    public ActorKind ActorKind { get; set; }
    public required string ActorName { get; set; }

    /// <summary>The API key that sent it (key names are not unique): only that key, or a city-wide one, sees it waiting.</summary>
    public long? SenderKeyId { get; set; }

    /// <summary>The submission as JSON, exactly as validated at receipt.</summary>
    public required string Submission { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>Until when a worker holds the entry; another worker may take it after that (the first one died).</summary>
    public DateTime? LeasedUntil { get; set; }

    /// <summary>How many times a worker has taken the entry; it is left for an administrator after <see cref="IntakeJournalDrain.MaxAttempts"/>.</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// How many times a worker has leased the entry. A request that hangs or kills its worker records no failure; it is
    /// set aside after <see cref="IntakeJournalDrain.MaxLeases"/> leases instead of being retried forever.
    /// </summary>
    public int Leases { get; set; }

    public string? LastError { get; set; }
}
