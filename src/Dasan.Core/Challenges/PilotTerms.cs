namespace Dasan.Core.Challenges;

/// <summary>The agreement terms a pilot starts with.</summary>
public sealed record PilotTerms(DateOnly StartsOn, string? IpTerms, string? DataAccess, string? PiaReference)
{
    public const string DefaultIp = "실증에서 생긴 지식재산권은 기업에 귀속됩니다. 서울시는 실증 기간과 결과 공개에 필요한 범위에서 무상으로 이용합니다.";
}
