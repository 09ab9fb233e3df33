namespace Dasan.Korean.PersonalData;

/// <summary>Arithmetic checks on digit strings: birth dates, checksums, area codes.</summary>
internal static class NumberChecks
{
    private static readonly string[] AreaCodes =
    [
        "02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055",
        "061", "062", "063", "064", "070", "0505", "0502", "0503", "0504", "0506", "0507", "0508",
    ];

    private static readonly int[] ResidentWeights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

    /// <summary>True for a plausible YYMMDD (any century, 29 February allowed).</summary>
    public static bool IsBirthDate(ReadOnlySpan<char> yymmdd)
    {
        if (yymmdd.Length != 6)
        {
            return false;
        }

        var month = ((yymmdd[2] - '0') * 10) + (yymmdd[3] - '0');
        var day = ((yymmdd[4] - '0') * 10) + (yymmdd[5] - '0');
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        return day <= DateTime.DaysInMonth(2000, month);
    }

    /// <summary>The pre-October-2020 주민등록번호 check digit (외국인 variant for gender digits 5–8).</summary>
    public static bool HasResidentChecksum(ReadOnlySpan<char> thirteen)
    {
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            sum += (thirteen[i] - '0') * ResidentWeights[i];
        }

        var last = thirteen[12] - '0';
        var check = (11 - (sum % 11)) % 10;
        var alien = thirteen[6] >= '5' && ((13 - (sum % 11)) % 10) == last;
        return check == last || alien;
    }

    /// <summary>The Luhn check used by payment cards.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    public static bool IsMobilePrefix(ReadOnlySpan<char> digits) =>
        digits.Length >= 3 && digits[0] == '0' && digits[1] == '1' && digits[2] is '0' or '1' or '6' or '7' or '8' or '9';

    /// <summary>Length of the area code at the start of <paramref name="digits"/>, or 0.</summary>
    public static int AreaCodeLength(ReadOnlySpan<char> digits)
    {
        foreach (var code in AreaCodes)
        {
            if (digits.StartsWith(code, StringComparison.Ordinal))
            {
                return code.Length;
            }
        }

        return 0;
    }

    public static bool IsAreaCode(ReadOnlySpan<char> group) => group.Length >= 2 && AreaCodeLength(group) == group.Length;

    /// <summary>Representative business numbers (1588-xxxx, 1644-xxxx, 1800-xxxx) are not personal.</summary>
    public static bool IsBusinessPrefix(ReadOnlySpan<char> group) =>
        group.Length == 4 && group[0] == '1' && group[1] is '5' or '6' or '8';
}
