using Dasan.Korean.Tokenization;

namespace Dasan.Korean.PersonalData;

/// <summary>
/// Finds a date of birth where the words say it is one: after 생년월일, 생일, 출생일 (생년월일: 1985.03.12,
/// 생일은 3월 12일), or before 생 and 태어나다 (1948년 5월 3일생, 1985년 3월 12일에 태어났어요). Other dates
/// (2025년 3월 12일에 신청했어요) are not personal data and pass untouched.
/// </summary>
internal sealed class BirthDateRecognizer : IPersonalDataRecognizer
{
    private static readonly string[] Triggers = ["생년월일", "출생일", "출생", "생일", "생년", "앞자리"];

    /// <summary>Characters allowed between a trigger and the date (생년월일: , 생일은 , 생일이 ).</summary>
    private const string Gap = " :은는이=-";

    public void Find(string text, List<PersonalDataFinding> findings)
    {
        foreach (var trigger in Triggers)
        {
            var index = text.IndexOf(trigger, StringComparison.Ordinal);
            while (index >= 0)
            {
                var start = index + trigger.Length;
                // 앞자리 is the front of a number: a birth date only for the registration number's (주민번호 앞자리 850312).
                if (trigger == "앞자리" && !text.AsSpan(0, index).TrimEnd().EndsWith("번호", StringComparison.Ordinal)
                    || (trigger == "앞자리" && !text.AsSpan(Math.Max(0, index - 12), Math.Min(12, index)).Contains("주민", StringComparison.Ordinal)))
                {
                    index = text.IndexOf(trigger, index + trigger.Length, StringComparison.Ordinal);
                    continue;
                }

                var gap = 0;
                while (start < text.Length && gap < 4 && Gap.Contains(text[start], StringComparison.Ordinal))
                {
                    start++;
                    gap++;
                }

                if (start < text.Length && DateAt(text, start, allowBareDigits: true, out var length))
                {
                    findings.Add(new PersonalDataFinding(PersonalDataType.BirthDate, start, length, 0.9, text.Substring(start, length)));
                }

                index = text.IndexOf(trigger, index + trigger.Length, StringComparison.Ordinal);
            }
        }

        FindBeforeBirthWords(text, findings);
    }

    /// <summary>A date with its year followed by 생 (…3일생) or (에) 태어나… (not 출생아부터, a date rules start from).</summary>
    private static void FindBeforeBirthWords(string text, List<PersonalDataFinding> findings)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])) || !DateAt(text, i, allowBareDigits: false, out var length)
                || !HasYear(text, i))
            {
                continue;
            }

            // 3일생, and with a space as people also write it (3일 생이세요, 생입니다); not 3일 생활지원금, 생 중계, 생 딸기, 생으로.
            var after = text.AsSpan(i + length);
            var spacedBirth = after.StartsWith(" 생", StringComparison.Ordinal) && after.Length > 2 && "이인입".Contains(after[2]);
            var born = (after.StartsWith("생") && (after.Length == 1 || !HangulSyllable.Is(after[1]) || "이인으입".Contains(after[1])))
                || spacedBirth
                || after.TrimStart("에 ").StartsWith("태어", StringComparison.Ordinal);
            if (born)
            {
                findings.Add(new PersonalDataFinding(PersonalDataType.BirthDate, i, length, 0.85, text.Substring(i, length)));
            }

            i += length - 1;
        }
    }

    /// <summary>A date with its year (1948년 5월 3일, 1985.03.12), not a day of every year (1월 1일에 태어난 아이들).</summary>
    private static bool HasYear(string text, int start)
    {
        var digits = Digits(text, start);
        return start + digits < text.Length && "년.-/".Contains(text[start + digits], StringComparison.Ordinal);
    }

    /// <summary>
    /// True when a date starts at <paramref name="start"/>: 1985년 3월 12일, 85년 3월 12일, 3월 12일, 1985.03.12,
    /// 1985-3-12, 85.03.12 and, when <paramref name="allowBareDigits"/>, 19850312 or 850312.
    /// </summary>
    internal static bool DateAt(string text, int start, bool allowBareDigits, out int length)
    {
        if (!DateShapeAt(text, start, allowBareDigits, out length))
        {
            return false;
        }

        // 850312-1234567 is a registration number: the number recognizer masks all of its back half.
        var end = start + length;
        var next = end < text.Length && text[end] is '-' or ' ' ? end + 1 : end;
        return next >= text.Length || !char.IsAsciiDigit(text[next]);
    }

    private static bool DateShapeAt(string text, int start, bool allowBareDigits, out int length)
    {
        length = 0;
        var first = Digits(text, start);
        if (first == 0)
        {
            return false;
        }

        var position = start + first;
        if (position < text.Length && text[position] == '년')
        {
            return Written(text, position + 1, first is 2 or 4, out length, start);
        }

        if (position < text.Length && text[position] == '월' && first <= 2)
        {
            return Written(text, start, true, out length, start);
        }

        if (position < text.Length && ".-/".Contains(text[position], StringComparison.Ordinal) && first is 2 or 4)
        {
            // 1985.03.12, and with a space after each dot as Koreans often write it (1985. 3. 12.).
            var separator = text[position];
            var monthAt = AfterSeparator(text, position, separator);
            var month = Digits(text, monthAt);
            var dayStart = monthAt + month;
            if (month is 1 or 2 && dayStart < text.Length && text[dayStart] == separator)
            {
                var dayAt = AfterSeparator(text, dayStart, separator);
                var day = Digits(text, dayAt);
                var end = dayAt + day;
                if (day is 1 or 2 && (end >= text.Length || !char.IsAsciiDigit(text[end])) && Valid(text, monthAt, month, dayAt, day))
                {
                    length = end - start + (end < text.Length && text[end] == '.' ? 1 : 0);
                    return true;
                }
            }

            return false;
        }

        if (allowBareDigits && first is 6 or 8)
        {
            var monthAt = start + first - 4;
            if (Valid(text, monthAt, 2, monthAt + 2, 2))
            {
                length = first;
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads "3월 12일" from <paramref name="position"/> (spaces allowed) after an optional year already read.</summary>
    private static bool Written(string text, int position, bool yearFits, out int length, int start)
    {
        length = 0;
        var at = SkipSpaces(text, position);
        var month = Digits(text, at);
        if (!yearFits || month is not (1 or 2) || at + month >= text.Length || text[at + month] != '월')
        {
            return false;
        }

        var dayAt = SkipSpaces(text, at + month + 1);
        var day = Digits(text, dayAt);
        if (day is not (1 or 2) || dayAt + day >= text.Length || text[dayAt + day] != '일' || !Valid(text, at, month, dayAt, day))
        {
            return false;
        }

        length = dayAt + day + 1 - start;
        return true;
    }

    private static bool Valid(string text, int monthAt, int monthLength, int dayAt, int dayLength)
    {
        var month = int.Parse(text.AsSpan(monthAt, monthLength), System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(dayAt, dayLength), System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    private static int Digits(string text, int at)
    {
        var count = 0;
        while (at + count < text.Length && char.IsAsciiDigit(text[at + count]))
        {
            count++;
        }

        return count;
    }

    private static int AfterSeparator(string text, int at, char separator) =>
        separator == '.' && at + 2 < text.Length && text[at + 1] == ' ' && char.IsAsciiDigit(text[at + 2]) ? at + 2 : at + 1;

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }
}
