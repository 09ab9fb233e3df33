namespace Dasan.Korean.PersonalData;

/// <summary>Classifies a <see cref="ClusterSlice"/> as one kind of numeric personal data.</summary>
internal static class NumberRules
{
    private static readonly string[] Regions =
        ["서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"];

    public static (PersonalDataType Type, double Confidence, int Start)? Classify(ClusterSlice s)
    {
        if (s.FollowedByWordCharacter)
        {
            return null;
        }

        return Resident(s) ?? Card(s) ?? License(s) ?? PhoneRules.Classify(s) ?? IpV4(s) ?? Account(s);
    }

    private static (PersonalDataType, double, int)? Resident(ClusterSlice s)
    {
        var grouped = s.HasShape(6, 7) && s.Separator(1) is '-' or ' ';
        if (!(grouped || s.HasShape(13)) || s.International)
        {
            return null;
        }

        var digits = s.Digits.AsSpan();
        if (!NumberChecks.IsBirthDate(digits[..6]) || digits[6] is < '1' or > '8')
        {
            return null;
        }

        var confidence = grouped && s.Separator(1) == '-' ? 0.85 : 0.65;
        confidence += NumberChecks.HasResidentChecksum(digits) ? 0.1 : 0;
        confidence += ContextWords.Near(s.Text, s.Start, s.End, ContextWords.Resident) ? 0.1 : 0;
        var type = digits[6] >= '5' ? PersonalDataType.AlienRegistrationNumber : PersonalDataType.ResidentRegistrationNumber;
        return (type, Math.Min(0.99, confidence), s.Start);
    }

    private static (PersonalDataType, double, int)? Card(ClusterSlice s)
    {
        var grouped = (s.HasShape(4, 4, 4, 4) || s.HasShape(4, 6, 5)) && s.UniformSeparators("- ");
        var contiguous = s.Count == 1 && s.Digits.Length is 15 or 16;
        if (!(grouped || contiguous) || s.Digits[0] is not ('3' or '4' or '5' or '6' or '9') || !NumberChecks.PassesLuhn(s.Digits))
        {
            return null;
        }

        var confidence = (grouped ? 0.9 : 0.75) + (ContextWords.Near(s.Text, s.Start, s.End, ContextWords.Card) ? 0.08 : 0);
        return (PersonalDataType.CardNumber, confidence, s.Start);
    }

    private static (PersonalDataType, double, int)? License(ClusterSlice s)
    {
        var near = ContextWords.Near(s.Text, s.Start, s.End, ContextWords.License, before: 25);
        if (s.HasShape(2, 2, 6, 2) && s.UniformSeparators("- "))
        {
            var region = int.Parse(s.Group(0), System.Globalization.CultureInfo.InvariantCulture);
            return region is >= 11 and <= 28 || near ? (PersonalDataType.DriverLicenseNumber, near ? 0.97 : 0.85, s.Start) : null;
        }

        if (s.HasShape(2, 6, 2) && s.UniformSeparators("-") && !s.International)
        {
            var regionStart = RegionBefore(s.Text, s.Start);
            return regionStart >= 0 ? (PersonalDataType.DriverLicenseNumber, near ? 0.95 : 0.85, regionStart) : null;
        }

        return null;
    }

    private static bool StartsWithDate(ClusterSlice s)
    {
        var first = s.Group(0);
        return first.Length == 8 && first[0] is '1' or '2' && first[1] is '9' or '0' && NumberChecks.IsBirthDate(first[2..]);
    }

    private static int RegionBefore(string text, int start)
    {
        var end = start > 0 && text[start - 1] == ' ' ? start - 1 : start;
        foreach (var region in Regions)
        {
            if (end >= region.Length && text.AsSpan(end - region.Length, region.Length).SequenceEqual(region))
            {
                return end - region.Length;
            }
        }

        return -1;
    }

    private static (PersonalDataType, double, int)? IpV4(ClusterSlice s)
    {
        if (s.Count != 4 || !s.UniformSeparators(".") || s.International)
        {
            return null;
        }

        for (var g = 0; g < 4; g++)
        {
            if (s.Length(g) > 3 || int.Parse(s.Group(g), System.Globalization.CultureInfo.InvariantCulture) > 255)
            {
                return null;
            }
        }

        var near = ContextWords.Near(s.Text, s.Start, s.End, ContextWords.Network, before: 25, after: 10);
        var threeDigits = Enumerable.Range(0, 4).Any(g => s.Length(g) == 3);
        return near || threeDigits ? (PersonalDataType.IpAddress, near ? 0.92 : 0.8, s.Start) : null;
    }

    private static (PersonalDataType, double, int)? Account(ClusterSlice s)
    {
        if (s.Digits.Length is < 10 or > 16 || s.Count > 5 || !s.UniformSeparators("- ") || s.International || StartsWithDate(s))
        {
            return null;
        }

        var near = ContextWords.Near(s.Text, s.Start, s.End, ContextWords.Bank, before: 25, after: 15)
            || ContextWords.JustBefore(s.Text, s.Start, ContextWords.BankNameOnly);
        return near ? (PersonalDataType.BankAccount, 0.85, s.Start) : null;
    }
}
