namespace Dasan.Core.Radar;

/// <summary>A phrase that fired in one scope, with its evidence, onset and stories.</summary>
internal sealed record FiredFeature(FeatureCounts Counts, IssueEvidence Evidence, int OnsetDay, IssueState State);
