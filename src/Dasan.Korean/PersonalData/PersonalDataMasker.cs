using System.Text;

namespace Dasan.Korean.PersonalData;

/// <summary>
/// Replaces findings in a text. <see cref="MaskingStyle.Partial"/> keeps the text readable and its
/// length unchanged (offsets stay valid): 900101-1******, 010-****-5678, a****@example.com,
/// 1234-****-****-3456, ***-***-**6789, M********, 11-12-******-12, 12가****, 101동 ****호,
/// 세종대로 ***, 192.168.*.*, 홍**, ****년 *월 **일. <see cref="MaskingStyle.Label"/> writes [주민번호], [전화번호] ….
/// </summary>
public static class PersonalDataMasker
{
    /// <summary>Masks <paramref name="findings"/> (non-overlapping, as returned by the detector) in <paramref name="text"/>.</summary>
    public static string Mask(string text, IReadOnlyList<PersonalDataFinding> findings, MaskingStyle style = MaskingStyle.Partial)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count == 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length + 16);
        var position = 0;
        foreach (var finding in findings.OrderBy(f => f.Start))
        {
            if (finding.Start < position || finding.End > text.Length)
            {
                continue;
            }

            output.Append(text, position, finding.Start - position);
            var original = text.AsSpan(finding.Start, finding.Length);
            output.Append(style == MaskingStyle.Label ? LabelOf(finding.Type) : MaskPattern.Apply(finding.Type, original));
            position = finding.End;
        }

        output.Append(text, position, text.Length - position);
        return output.ToString();
    }

    /// <summary>The Korean label used by <see cref="MaskingStyle.Label"/>.</summary>
    public static string LabelOf(PersonalDataType type) => type switch
    {
        PersonalDataType.ResidentRegistrationNumber => "[주민번호]",
        PersonalDataType.AlienRegistrationNumber => "[외국인등록번호]",
        PersonalDataType.PhoneNumber => "[전화번호]",
        PersonalDataType.Email => "[이메일]",
        PersonalDataType.CardNumber => "[카드번호]",
        PersonalDataType.BankAccount => "[계좌번호]",
        PersonalDataType.PassportNumber => "[여권번호]",
        PersonalDataType.DriverLicenseNumber => "[운전면허번호]",
        PersonalDataType.VehiclePlate => "[차량번호]",
        PersonalDataType.Address => "[주소]",
        PersonalDataType.IpAddress => "[IP주소]",
        PersonalDataType.PersonName => "[이름]",
        PersonalDataType.BirthDate => "[생년월일]",
        _ => "[개인정보]",
    };
}
