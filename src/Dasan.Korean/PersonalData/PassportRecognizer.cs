namespace Dasan.Korean.PersonalData;

/// <summary>Finds passport numbers: a letter and 8 digits near 여권, or the 2021 format M123A4567.</summary>
internal sealed class PassportRecognizer : IPersonalDataRecognizer
{
    public void Find(string text, List<PersonalDataFinding> findings)
    {
        for (var i = 0; i + 9 <= text.Length; i++)
        {
            var c = text[i];
            if (!char.IsAsciiLetterUpper(c) || (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var end = i + 9;
            if (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                continue;
            }

            var body = text.AsSpan(i + 1, 8);
            var oldFormat = IsDigits(body);
            var newFormat = IsDigits(body[..3]) && char.IsAsciiLetterUpper(body[3]) && IsDigits(body[4..]);
            if (!oldFormat && !newFormat)
            {
                continue;
            }

            var near = ContextWords.Near(text, i, end, ContextWords.Passport, before: 25, after: 10);
            var confidence = near ? 0.95 : newFormat && c is 'M' or 'S' or 'R' or 'O' or 'D' or 'G' ? 0.7 : 0;
            if (confidence > 0)
            {
                findings.Add(new PersonalDataFinding(PersonalDataType.PassportNumber, i, 9, confidence, text[i..end]));
            }
        }
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
