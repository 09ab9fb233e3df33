namespace Dasan.Korean.PersonalData;

/// <summary>Korean phone numbers: mobile 01X, area codes, 070/050X, +82; not 15XX/16XX/18XX business numbers.</summary>
internal static class PhoneRules
{
    public static (PersonalDataType Type, double Confidence, int Start)? Classify(ClusterSlice s)
    {
        var groups = new List<string>(s.Count);
        for (var g = 0; g < s.Count; g++)
        {
            groups.Add(s.Group(g).ToString());
        }

        if (s.International)
        {
            if (!groups[0].StartsWith("82", StringComparison.Ordinal))
            {
                return null;
            }

            var rest = groups[0].Length == 2 ? string.Empty : groups[0][2..];
            groups.RemoveAt(0);
            if (rest.Length > 0)
            {
                groups.Insert(0, rest);
            }

            if (groups.Count == 0)
            {
                return null;
            }

            groups[0] = groups[0].StartsWith('0') ? groups[0] : "0" + groups[0];
        }

        var confidence = SeparatorsAgree(s) ? Domestic(groups, s) : 0;
        return confidence > 0 ? (PersonalDataType.PhoneNumber, confidence, s.Start) : null;
    }

    private static bool SeparatorsAgree(ClusterSlice s)
    {
        var first = s.International ? 2 : 1;
        var used = '\0';
        for (var g = first; g < s.Count; g++)
        {
            var c = s.Separator(g);
            if (g == first && c == ')')
            {
                continue;
            }

            if (c is not ('-' or '.' or ' ') || (used != '\0' && c != used))
            {
                return false;
            }

            used = c;
        }

        return true;
    }

    private static double Domestic(List<string> g, ClusterSlice s)
    {
        var all = string.Concat(g);
        var mobile = NumberChecks.IsMobilePrefix(all);
        switch (g.Count)
        {
            case 1:
                if (mobile && all.Length is 10 or 11)
                {
                    return 0.9;
                }

                return NumberChecks.AreaCodeLength(all) > 0 && all.Length is >= 9 and <= 11 && all[1] != '1' ? 0.7 : 0;
            case 2:
                if (mobile && g[0].Length == 3 && g[1].Length is 7 or 8)
                {
                    return 0.85;
                }

                var local = g[0].Length is 3 or 4 && g[1].Length == 4 && !NumberChecks.IsBusinessPrefix(g[0]) && g[0][0] != '0';
                return local && s.Separator(1) == '-' && ContextWords.Near(s.Text, s.Start, s.End, ContextWords.Phone, before: 12, after: 4) ? 0.7 : 0;
            case 3:
                if (g[1].Length is not (3 or 4) || g[2].Length != 4)
                {
                    return 0;
                }

                if (mobile && g[0].Length == 3)
                {
                    return 0.95;
                }

                return NumberChecks.IsAreaCode(g[0]) ? 0.9 : 0;
            default:
                return 0;
        }
    }
}
