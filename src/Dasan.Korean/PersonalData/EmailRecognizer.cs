namespace Dasan.Korean.PersonalData;

/// <summary>Finds e-mail addresses by expanding around each '@'.</summary>
internal sealed class EmailRecognizer : IPersonalDataRecognizer
{
    public void Find(string text, List<PersonalDataFinding> findings)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        while (at >= 0)
        {
            var start = at;
            while (start > 0 && IsLocal(text[start - 1]))
            {
                start--;
            }

            while (start < at && text[start] is '.' or '-' or '+')
            {
                start++;
            }

            var end = at + 1;
            var lastDot = -1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-'))
            {
                lastDot = text[end] == '.' ? end : lastDot;
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            if (start < at && lastDot > at + 1 && lastDot < end - 2 && HasLetterTopLevel(text, lastDot + 1, end))
            {
                findings.Add(new PersonalDataFinding(PersonalDataType.Email, start, end - start, 0.97, text[start..end]));
            }

            at = text.IndexOf('@', Math.Max(at + 1, end));
        }
    }

    private static bool IsLocal(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool HasLetterTopLevel(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
