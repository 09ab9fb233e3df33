using System.Collections.Frozen;

namespace Dasan.Korean.PersonalData;

/// <summary>
/// Finds detailed addresses: apartment 동·호 (101동 1203호), building numbers after a road name
/// (세종대로 110, 테헤란로7길 12-3) and lot numbers after a 동/리 name (역삼동 123-45, 연희리 12번지).
/// </summary>
internal sealed class AddressRecognizer : IPersonalDataRecognizer
{
    private const string Units = "가단량전승순백여급길번개명대곳회건년월일시분초원층미킬차호만천억배살세주장권편쪽위등%mkMK";

    private static readonly FrozenSet<string> NotPlaceNames = new[]
    {
        "도로", "경로", "통로", "진로", "차로", "선로", "수로", "철로", "항로", "산책로", "등산로", "이면도로", "자전거도로", "고속도로",
        "골목길", "오솔길", "산길", "밤길", "빗길", "눈길", "지름길", "갈림길", "출근길", "퇴근길", "등굣길", "하굣길", "귀갓길", "큰길", "뒷길", "둘레길",
        "이동", "활동", "행동", "운동", "공동", "자동", "작동", "출동", "가동", "변동", "노동", "아동", "감동", "진동", "연동", "협동",
        "발동", "기동", "부동", "소동", "난동", "충동", "선동", "합동", "유동", "파동", "동동", "행정동", "법정동",
        "관리", "처리", "거리", "정리", "수리", "원리", "논리", "권리", "무리", "요리", "유리", "소리", "머리", "자리", "우리", "다리",
        "허리", "마리", "조리", "총리", "심리", "의리", "진리", "물리", "지리", "목소리", "빨리", "멀리", "미리", "어리", "꼬리", "오리",
        // Adverbs ending like a road name: "바로 112나 119에 전화합니다" is a call, not 바로 112.
        "바로", "곧바로", "새로", "따로", "서로", "별로", "스스로", "주로", "대체로", "실제로", "정말로", "진짜로", "절대로", "함부로", "억지로",
        "그대로", "제대로", "이대로", "저대로", "마음대로", "멋대로", "맘대로", "그러므로", "순서대로", "규정대로", "원칙대로", "법대로",
        "약속대로", "말대로", "뜻대로", "계획대로", "예정대로", "생각대로", "절차대로", "안내대로", "지시대로", "평소대로", "대로",
    }.ToFrozenSet(StringComparer.Ordinal);

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
            var end = DigitsEnd(text, start);
            position = end;
            if (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                continue;
            }

            if (ApartmentUnit(text, start, end) is { } unit)
            {
                findings.Add(unit);
                position = unit.End;
            }
            else if (StreetNumber(text, start, end) is { } street)
            {
                findings.Add(street);
                position = street.End;
            }
        }
    }

    private static PersonalDataFinding? ApartmentUnit(string text, int start, int end)
    {
        if (end - start > 4 || end >= text.Length || text[end] != '동' || (start > 0 && char.IsAsciiLetter(text[start - 1])))
        {
            return null;
        }

        var hoStart = end + 1 < text.Length && text[end + 1] == ' ' ? end + 2 : end + 1;
        var hoEnd = DigitsEnd(text, hoStart);
        if (hoEnd == hoStart || hoEnd - hoStart > 4 || hoEnd >= text.Length || text[hoEnd] != '호')
        {
            return null;
        }

        return new PersonalDataFinding(PersonalDataType.Address, start, hoEnd + 1 - start, 0.92, text[start..(hoEnd + 1)]);
    }

    private static PersonalDataFinding? StreetNumber(string text, int start, int end)
    {
        if (end - start > 4 || start < 3 || text[start - 1] != ' ')
        {
            return null;
        }

        var nameEnd = start - 1;
        var nameStart = WordStart(text, nameEnd);
        if (nameStart < nameEnd && char.IsAsciiDigit(text[nameStart]) && nameStart > 1 && text[nameStart - 1] == ' ')
        {
            nameStart = WordStart(text, nameStart - 1);
        }

        var name = text.AsSpan(nameStart, nameEnd - nameStart);
        if (name.Length < 2 || !Tokenization.HangulSyllable.Is(name[0]) || NotPlaceNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
        {
            return null;
        }

        var numberEnd = end;
        var dashed = numberEnd + 1 < text.Length && text[numberEnd] == '-' && char.IsAsciiDigit(text[numberEnd + 1]);
        if (dashed)
        {
            numberEnd = DigitsEnd(text, numberEnd + 1);
        }

        var lot = text.AsSpan(numberEnd).StartsWith("번지", StringComparison.Ordinal);
        var continues = numberEnd + 1 < text.Length && text[numberEnd] is '-' or '.' or ',' or ':' or '/' or '~' && char.IsAsciiDigit(text[numberEnd + 1]);
        if (numberEnd < text.Length && (continues || char.IsAsciiLetterOrDigit(text[numberEnd]) || (!lot && Units.Contains(text[numberEnd], StringComparison.Ordinal))))
        {
            return null;
        }

        var last = name[^1];
        var road = last is '로' or '길' && !name.EndsWith("으로", StringComparison.Ordinal) && !Tokenization.HangulStemmer.IsNoun(name[..^1])
            && !(name.Length > 2 && name.EndsWith("대로", StringComparison.Ordinal) && VerbBeforeDaero.Contains(name[^3])) // 시키는대로 112
            && (last == '길' || name.EndsWith("대로", StringComparison.Ordinal) || DistrictBefore(text, nameStart) || EndsClause(text, numberEnd));
        var village = last is '동' or '리' && (dashed || lot || DistrictBefore(text, nameStart));
        if (!road && !village)
        {
            return null;
        }

        var spanEnd = lot ? numberEnd + 2 : numberEnd;
        return new PersonalDataFinding(PersonalDataType.Address, nameStart, spanEnd - nameStart, 0.85, text[nameStart..spanEnd]);
    }

    /// <summary>A district, town or village name before the road or village name (강남구 테헤란로); a verb's conditional ending
    /// (상황이라면, 없으면, 하면) is not a 면.</summary>
    private static bool DistrictBefore(string text, int nameStart) =>
        nameStart >= 3 && text[nameStart - 1] == ' ' && text[nameStart - 2] is '구' or '군' or '시' or '동' or '읍' or '면' && Tokenization.HangulSyllable.Is(text[nameStart - 3])
        && !(text[nameStart - 2] == '면' && ConditionalBefore.Contains(text[nameStart - 3]) && !CountyBefore(text, WordStart(text, nameStart - 1)));

    /// <summary>A county or city name before a 면 (가평군 하면, 이천시 모가면): a township, not a conditional ending.</summary>
    private static bool CountyBefore(string text, int wordStart) =>
        wordStart >= 3 && text[wordStart - 1] == ' ' && text[wordStart - 2] is '군' or '시' && Tokenization.HangulSyllable.Is(text[wordStart - 3]);

    /// <summary>Syllables of a verb's ending before 대로 (시키는대로, 말씀하신대로, 받은대로): "as told", not a road.</summary>
    private const string VerbBeforeDaero = "는은신던한된할을운인";

    /// <summary>Syllables before 면 in a conditional ending (이라면, 있으면, 한다면, 하면, 되면, 받으려면, 보시면, 지나면).</summary>
    private const string ConditionalBefore = "라으다하되려시지나보오가이";

    private static int WordStart(string text, int end)
    {
        var start = end;
        while (start > 0 && (Tokenization.HangulSyllable.Is(text[start - 1]) || char.IsAsciiDigit(text[start - 1])))
        {
            start--;
        }

        return start;
    }

    private static bool EndsClause(string text, int end) =>
        end >= text.Length || text[end] is ',' or ')' or '(' or ';' or '\n' || text.AsSpan(end).StartsWith(" 앞", StringComparison.Ordinal);

    private static int DigitsEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end;
    }
}
