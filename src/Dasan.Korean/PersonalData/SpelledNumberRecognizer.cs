using System.Text.RegularExpressions;

namespace Dasan.Korean.PersonalData;

/// <summary>
/// Numbers written so that digit patterns miss them (issue 15): spelled in Sino-Korean syllables (공일공-일이삼사-오육칠팔)
/// and digits spaced one by one (9 0 0 1 0 1 1 2 3 4 5 6 7). A run reading as a phone number (10–11 digits from 0) or,
/// near 주민/등록번호, as a 13-digit resident number is reported.
/// </summary>
internal sealed partial class SpelledNumberRecognizer : IPersonalDataRecognizer
{
    private const string Syllables = "공영일이삼사오육륙칠팔구";
    private const string Values = "0012345667890";

    public void Find(string text, List<PersonalDataFinding> findings)
    {
        foreach (Match m in SpelledRun().Matches(text))
        {
            Report(text, m.Index, m.Length, string.Concat(m.Value.Where(c => Syllables.Contains(c)).Select(c => Values[Syllables.IndexOf(c)])), findings, 0.85);
        }

        foreach (Match m in SpacedDigits().Matches(text))
        {
            Report(text, m.Index, m.Length, string.Concat(m.Value.Where(char.IsAsciiDigit)), findings, 0.9);
        }
    }

    private static void Report(string text, int start, int length, string digits, List<PersonalDataFinding> findings, double confidence)
    {
        var type = digits.Length is 10 or 11 && digits.StartsWith('0') ? PersonalDataType.PhoneNumber
            : digits.Length == 13 && ContextWords.Near(text, start, start + length, ContextWords.Resident) ? PersonalDataType.ResidentRegistrationNumber
            : (PersonalDataType?)null;
        if (type is { } t)
        {
            findings.Add(new PersonalDataFinding(t, start, length, confidence, text.Substring(start, length)));
        }
    }

    /// <summary>Ten or more digit syllables, optionally split by spaces or hyphens (a word of Korean prose is not made of them).</summary>
    [GeneratedRegex(@"[공영일이삼사오육륙칠팔구](?:[\s\-]?[공영일이삼사오육륙칠팔구]){9,12}")]
    private static partial Regex SpelledRun();

    /// <summary>Single digits separated by single spaces (ten to thirteen of them).</summary>
    [GeneratedRegex(@"(?<!\d)(?<!\d )\d(?: \d){9,12}(?! ?\d)")]
    private static partial Regex SpacedDigits();
}
