namespace Dasan.Ai.Triage.Duplicates;

/// <summary>One entry of <see cref="NearDuplicateIndex"/>: immutable, so it can be read outside the lock.</summary>
internal sealed record IndexedText(long Id, DuplicateFingerprint Fingerprint, DateTime At, ulong[] BandKeys);
