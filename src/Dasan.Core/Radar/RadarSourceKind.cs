namespace Dasan.Core.Radar;

/// <summary>Where a radar item came from: citizens (requests, petitions, proposals) or the press (news, press releases).</summary>
public enum RadarSourceKind
{
    Request,
    News,
}
