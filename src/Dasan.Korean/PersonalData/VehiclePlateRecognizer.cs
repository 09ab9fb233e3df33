namespace Dasan.Korean.PersonalData;

/// <summary>Finds vehicle plates: [region] 2–3 digits, one plate syllable, 4 digits (12가3456, 서울12가3456).</summary>
internal sealed class VehiclePlateRecognizer : IPersonalDataRecognizer
{
    private const string PlateSyllables = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호육해공국합";

    private static readonly string[] Regions =
        ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"];

    public void Find(string text, List<PersonalDataFinding> findings)
    {
        var position = 0;
        while (position < text.Length)
        {
            var offset = text.AsSpan(position).IndexOfAnyInRange('0', '9');
            if (offset < 0)
            {
                return;
            }

            var start = position + offset;
            var end = start;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            position = end;
            if (end - start is < 2 or > 3 || end >= text.Length || (start > 0 && IsBlocked(text[start - 1])) || !PlateSyllables.Contains(text[end], StringComparison.Ordinal))
            {
                continue;
            }

            var tail = end + 1 < text.Length && text[end + 1] == ' ' ? end + 2 : end + 1;
            var tailEnd = tail;
            while (tailEnd < text.Length && char.IsAsciiDigit(text[tailEnd]))
            {
                tailEnd++;
            }

            if (tailEnd - tail != 4 || (tailEnd < text.Length && (char.IsAsciiLetterOrDigit(text[tailEnd]) || "-.억만천원명개년건배".Contains(text[tailEnd], StringComparison.Ordinal))))
            {
                continue;
            }

            var spanStart = RegionStart(text, start);
            var confidence = ContextWords.Near(text, spanStart, tailEnd, ContextWords.Vehicle) ? 0.95 : 0.88;
            findings.Add(new PersonalDataFinding(PersonalDataType.VehiclePlate, spanStart, tailEnd - spanStart, confidence, text[spanStart..tailEnd]));
            position = tailEnd;
        }
    }

    private static bool IsBlocked(char before) => char.IsAsciiLetterOrDigit(before) || before is '-' or '.' or ',' or '/' or ':';

    private static int RegionStart(string text, int start)
    {
        foreach (var region in Regions)
        {
            if (start >= region.Length && text.AsSpan(start - region.Length, region.Length).SequenceEqual(region))
            {
                return start - region.Length;
            }
        }

        return start;
    }
}
