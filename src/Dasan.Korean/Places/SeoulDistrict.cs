namespace Dasan.Korean.Places;

/// <summary>One of Seoul's 25 autonomous districts (자치구).</summary>
/// <param name="Code">The five-digit administrative code (행정구역코드 시군구), e.g. 11680 for 강남구.</param>
/// <param name="Name">Korean name with its suffix, e.g. 강남구.</param>
/// <param name="NameEn">English name, e.g. Gangnam-gu.</param>
public sealed record SeoulDistrict(string Code, string Name, string NameEn);
