namespace Dasan.Korean.PersonalData;

/// <summary>The length-preserving partial masks of <see cref="PersonalDataMasker"/>, one rule per type.</summary>
internal static class MaskPattern
{
    public static string Apply(PersonalDataType type, ReadOnlySpan<char> original)
    {
        var chars = original.ToArray();
        var digits = CountDigits(chars);
        if (digits == 0 && type is PersonalDataType.PhoneNumber or PersonalDataType.ResidentRegistrationNumber)
        {
            // Spelled out (공일공-일이삼사-…): every digit syllable goes, the separators stay.
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = chars[i] is ' ' or '-' ? chars[i] : '*';
            }

            return new string(chars);
        }

        switch (type)
        {
            case PersonalDataType.ResidentRegistrationNumber or PersonalDataType.AlienRegistrationNumber:
                MaskDigits(chars, keepFirst: 7, keepLast: 0);
                break;
            case PersonalDataType.PhoneNumber:
                MaskPhone(chars, digits);
                break;
            case PersonalDataType.CardNumber:
                MaskDigits(chars, keepFirst: 4, keepLast: 4);
                break;
            case PersonalDataType.BankAccount:
                MaskDigits(chars, keepFirst: 0, keepLast: 4);
                break;
            case PersonalDataType.DriverLicenseNumber:
                MaskDigits(chars, keepFirst: 4, keepLast: 2);
                break;
            case PersonalDataType.VehiclePlate:
                MaskDigits(chars, keepFirst: digits - 4, keepLast: 0);
                break;
            case PersonalDataType.IpAddress:
                MaskAfter(chars, chars.Length > 0 && Array.IndexOf(chars, ':') >= 0 ? ':' : '.', keepSeparators: 2);
                break;
            case PersonalDataType.Email:
                for (var i = 1; i < chars.Length && chars[i] != '@'; i++)
                {
                    chars[i] = '*';
                }

                break;
            case PersonalDataType.BirthDate:
                MaskDigits(chars, keepFirst: 0, keepLast: 0);
                break;
            case PersonalDataType.Address:
                MaskAddress(chars);
                break;
            default:
                for (var i = 1; i < chars.Length; i++)
                {
                    chars[i] = chars[i] == ' ' ? ' ' : '*';
                }

                break;
        }

        return new string(chars);
    }

    private static int CountDigits(char[] chars) => chars.Count(char.IsAsciiDigit);

    private static void MaskDigits(char[] chars, int keepFirst, int keepLast)
    {
        var total = CountDigits(chars);
        var seen = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiDigit(chars[i]))
            {
                if (seen >= keepFirst && seen < total - keepLast)
                {
                    chars[i] = '*';
                }

                seen++;
            }
        }
    }

    private static void MaskPhone(char[] chars, int digits)
    {
        var groups = new string(chars).Split(['-', '.', ' ', ')'], StringSplitOptions.RemoveEmptyEntries);
        // Digits spaced one by one (0 1 0 1 2 …) are one number, not eleven groups.
        if (groups.Length >= 3 && !groups.All(g => g.Length == 1))
        {
            MaskDigits(chars, keepFirst: digits - groups[^1].Count(char.IsAsciiDigit) - groups[^2].Count(char.IsAsciiDigit), keepLast: 4);
        }
        else
        {
            MaskDigits(chars, keepFirst: Math.Max(0, digits - 8), keepLast: 4);
        }
    }

    private static void MaskAfter(char[] chars, char separator, int keepSeparators)
    {
        var seen = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == separator)
            {
                seen++;
            }
            else if (seen >= keepSeparators && char.IsAsciiHexDigit(chars[i]))
            {
                chars[i] = '*';
            }
        }
    }

    private static void MaskAddress(char[] chars)
    {
        var from = Array.LastIndexOf(chars, ' ');
        if (from < 0)
        {
            from = Array.FindIndex(chars, c => !char.IsAsciiDigit(c));
        }

        for (var i = Math.Max(0, from); i < chars.Length; i++)
        {
            chars[i] = char.IsAsciiDigit(chars[i]) ? '*' : chars[i];
        }
    }
}
