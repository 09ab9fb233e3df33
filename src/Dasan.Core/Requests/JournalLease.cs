namespace Dasan.Core.Requests;

/// <summary>One row a PostgreSQL lease returns: the entry and the time its lease runs out, by the database's clock.</summary>
internal sealed class JournalLease
{
    public long Id { get; set; }

    public DateTime LeasedUntil { get; set; }
}
