namespace Dasan.Korean.PersonalData;

/// <summary>Looks for context words (계좌, 여권, 면허 …) around a candidate span.</summary>
internal static class ContextWords
{
    public static readonly string[] Bank =
    [
        "은행", "계좌", "입금", "송금", "이체", "예금주", "농협", "신한", "카카오뱅크", "케이뱅크", "토스뱅크", "뱅크",
        "새마을금고", "우체국", "수협", "신협", "저축", "통장", "환불", "환급",
    ];

    /// <summary>Bank names that are also common words (우리 "we", 하나 "one"); they count only right before the number.</summary>
    public static readonly string[] BankNameOnly = ["국민", "우리", "하나", "기업", "대구", "부산", "경남", "광주", "전북", "제주", "산업", "SC제일", "씨티"];

    public static readonly string[] Phone = ["전화", "연락", "번호", "휴대폰", "핸드폰", "폰", "tel", "TEL", "Tel", "팩스", "문자"];

    public static readonly string[] Passport = ["여권", "passport", "Passport", "PASSPORT"];

    public static readonly string[] License = ["면허", "운전"];

    public static readonly string[] Resident = ["주민", "등록번호", "외국인"];

    public static readonly string[] Card = ["카드"];

    public static readonly string[] Network = ["IP", "ip", "아이피", "접속", "서버", "로그", "차단", "네트워크", "공유기", "와이파이"];

    public static readonly string[] Vehicle = ["차량", "번호판", "차", "주차", "승용", "트럭", "택시", "오토바이"];

    /// <summary>True when one of <paramref name="words"/> occurs within the window around [start, end).</summary>
    public static bool Near(string text, int start, int end, string[] words, int before = 20, int after = 12)
    {
        var from = Math.Max(0, start - before);
        var to = Math.Min(text.Length, end + after);
        var window = text.AsSpan(from, to - from);
        foreach (var word in words)
        {
            if (window.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of <paramref name="words"/> ends at most <paramref name="gap"/> characters before <paramref name="start"/>.</summary>
    public static bool JustBefore(string text, int start, string[] words, int gap = 3)
    {
        var from = Math.Max(0, start - gap - 8);
        var window = text.AsSpan(from, start - from);
        foreach (var word in words)
        {
            var index = window.LastIndexOf(word, StringComparison.Ordinal);
            if (index >= 0 && window.Length - (index + word.Length) <= gap)
            {
                return true;
            }
        }

        return false;
    }
}
