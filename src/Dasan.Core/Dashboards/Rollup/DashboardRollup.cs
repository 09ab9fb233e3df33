namespace Dasan.Core.Dashboards.Rollup;

/// <summary>
/// Requests received on one Seoul day (or in one Seoul month) with one combination of keys, counted ahead of time
/// so that long dashboard periods read a few thousand rows instead of every request (ADR 0313). Derived data:
/// <see cref="RollupRefresher"/> rebuilds it from <c>requests</c> and <c>triage_suggestions</c> at any time.
/// </summary>
/// <remarks>
/// <see cref="Level"/> says which keys the row keeps: <see cref="RollupLevel.Full"/> keeps all three (null there
/// means 미지정); the other levels keep one and leave the other two null (all of them). Duration buckets
/// (<c>AnsweredNN</c>, <c>ClosedNN</c>: requests whose time to answer or to close falls in bucket NN of
/// <see cref="DurationHistogram"/>) are null rather than 0 when empty, which keeps the mostly empty rows narrow,
/// and are counted only on the levels that keep the department, the only ones the timing table reads.
/// </remarks>
public sealed class DashboardRollup
{
    public long Id { get; set; }

    public RollupGrain Grain { get; set; }

    public RollupLevel Level { get; set; }

    /// <summary>The Seoul day, or the first day of the Seoul month.</summary>
    public DateOnly Start { get; set; }

    /// <summary>First day of the Seoul month of <see cref="Start"/> (monthly series group by it).</summary>
    public DateOnly Month { get; set; }

    public string? Domain { get; set; }

    public long? DepartmentId { get; set; }

    public string? District { get; set; }

    /// <summary>Requests received.</summary>
    public int Received { get; set; }

    /// <summary>Triage suggestions of those requests.</summary>
    public int Suggestions { get; set; }

    public int AutoAssigned { get; set; }

    public int Overridden { get; set; }

    public int AutoOverridden { get; set; }

    public int? Answered00 { get; set; }
    public int? Answered01 { get; set; }
    public int? Answered02 { get; set; }
    public int? Answered03 { get; set; }
    public int? Answered04 { get; set; }
    public int? Answered05 { get; set; }
    public int? Answered06 { get; set; }
    public int? Answered07 { get; set; }
    public int? Answered08 { get; set; }
    public int? Answered09 { get; set; }
    public int? Answered10 { get; set; }
    public int? Answered11 { get; set; }
    public int? Answered12 { get; set; }
    public int? Answered13 { get; set; }
    public int? Answered14 { get; set; }
    public int? Answered15 { get; set; }
    public int? Answered16 { get; set; }
    public int? Answered17 { get; set; }
    public int? Answered18 { get; set; }

    public int? Closed00 { get; set; }
    public int? Closed01 { get; set; }
    public int? Closed02 { get; set; }
    public int? Closed03 { get; set; }
    public int? Closed04 { get; set; }
    public int? Closed05 { get; set; }
    public int? Closed06 { get; set; }
    public int? Closed07 { get; set; }
    public int? Closed08 { get; set; }
    public int? Closed09 { get; set; }
    public int? Closed10 { get; set; }
    public int? Closed11 { get; set; }
    public int? Closed12 { get; set; }
    public int? Closed13 { get; set; }
    public int? Closed14 { get; set; }
    public int? Closed15 { get; set; }
    public int? Closed16 { get; set; }
    public int? Closed17 { get; set; }
    public int? Closed18 { get; set; }
}
