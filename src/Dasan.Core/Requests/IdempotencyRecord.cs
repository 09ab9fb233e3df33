namespace Dasan.Core.Requests;

/// <summary>Remembers which request an <c>Idempotency-Key</c> created, so a retried POST returns it again.</summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }

    /// <summary>Who sent the key (API key id, or the client address for anonymous channels).</summary>
    public required string Scope { get; set; }

    public required string Key { get; set; }
    public long RequestId { get; set; }
    public CitizenRequest? Request { get; set; }

    public DateTime CreatedAt { get; set; }
}
