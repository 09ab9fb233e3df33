using Dasan.Korean.Tokenization;

namespace Dasan.Korean.PersonalData;

/// <summary>
/// Finds a name written right before a phone number or e-mail in a contact line
/// ("김철수 / 010-1234-5678", "박영희, hee@example.com"): the contact itself is the context.
/// </summary>
internal static class ContactNameFinder
{
    private const int MaxGap = 4;

    public static void Find(string text, List<PersonalDataFinding> accepted, bool[] taken)
    {
        var contacts = accepted.Where(f => f.Type is PersonalDataType.PhoneNumber or PersonalDataType.Email).ToList();
        foreach (var contact in contacts)
        {
            var end = contact.Start;
            var gap = 0;
            while (end > 0 && gap < MaxGap && text[end - 1] is ' ' or '/' or ',' or '(' or ':' or '|' or '-' or '\t')
            {
                end--;
                gap++;
            }

            var start = end - 3;
            if (gap == 0 || start < 0 || !StartsField(text, start) || !AllHangul(text, start, end))
            {
                continue;
            }

            if (PersonNameRecognizer.IsPlausibleName(text.AsSpan(start, 3)) && !taken.AsSpan(start, 3).Contains(true))
            {
                accepted.Add(new PersonalDataFinding(PersonalDataType.PersonName, start, 3, 0.75, text.Substring(start, 3)));
            }
        }
    }

    private static bool StartsField(string text, int start)
    {
        var i = start;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        return i == 0 || text[i - 1] is '\n' or '/' or ',' or ':' or '(' or '|' or '·' or ';';
    }

    private static bool AllHangul(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!HangulSyllable.Is(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
