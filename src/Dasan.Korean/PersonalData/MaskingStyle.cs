namespace Dasan.Korean.PersonalData;

/// <summary>How <see cref="PersonalDataMasker"/> replaces findings.</summary>
public enum MaskingStyle
{
    /// <summary>Replaces the identifying characters with '*' and keeps the length: 010-****-5678, 홍**.</summary>
    Partial,

    /// <summary>Replaces the whole finding with a Korean label: [주민번호], [전화번호].</summary>
    Label,
}
