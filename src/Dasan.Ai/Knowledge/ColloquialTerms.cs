using System.Collections.Frozen;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// Words citizens type and the words the city's guides use for the same thing (강아지 → 반려견, 쉬는날 → 휴관일,
/// 기동카 → 기후동행카드), and English words for them (<see cref="EnglishTerms"/>). A question term that is, or starts
/// with, a key (keys of two syllables or more) also matches the guide words, in search and in the relevance check.
/// Written from common usage; some were found among the training and tuning questions' misses (ADR 0107), none from a
/// reporting set.
/// </summary>
public static partial class ColloquialTerms
{
    private static readonly FrozenDictionary<string, string[]> Map = new Dictionary<string, string[]>
    {
        ["강아지"] = ["반려견"], ["멍멍이"] = ["반려견"], ["댕댕이"] = ["반려견"], ["개"] = ["반려견"], ["애완견"] = ["반려견"], ["애완동물"] = ["반려동물"],
        ["길냥이"] = ["길고양이"], ["길냥"] = ["길고양이"], ["음쓰"] = ["음식물쓰레기"], ["일쓰"] = ["일반 쓰레기"], ["냥이"] = ["고양이"], ["들고양이"] = ["길고양이"],
        ["애"] = ["아이", "자녀"], ["애기"] = ["아이", "아기"], ["애들"] = ["아이", "자녀"], ["우리애"] = ["아이", "자녀"], ["애가"] = ["아이", "자녀"], ["손주"] = ["아이", "조부모"], ["꼬마"] = ["아이"],
        ["알바"] = ["아르바이트", "노동자"], ["기동카"] = ["기후동행카드"], ["기후카드"] = ["기후동행카드"], ["시급"] = ["시간당", "임금"], ["따릉"] = ["따릉이"],
        ["와이파이존"] = ["와이파이"], ["수도세"] = ["수도요금"], ["물세"] = ["수도요금"], ["전기세"] = ["전기요금"], ["신보"] = ["서울신용보증재단"],
        ["쉬는날"] = ["휴관일", "휴무일", "휴관"], ["노는날"] = ["휴관일", "휴무일"], ["문닫는날"] = ["휴관일"],
        ["입장료"] = ["관람료", "이용료", "요금"], ["관람료"] = ["입장료", "요금"], ["이용료"] = ["요금"], ["택시비"] = ["요금", "택시"],
        ["주차딱지"] = ["과태료"], ["딱지"] = ["과태료"], ["벌금"] = ["과태료"], ["범칙금"] = ["과태료"],
        ["집주인"] = ["임대인"], ["세입자"] = ["임차인"], ["등본"] = ["주민등록등본"], ["초본"] = ["주민등록초본"],
        ["버리"] = ["배출", "버리는"], ["버릴"] = ["배출"], ["버려"] = ["배출"], ["내놓"] = ["배출"], ["쓰레기"] = ["폐기물"],
        ["장롱"] = ["대형폐기물"], ["소파"] = ["대형폐기물"], ["매트리스"] = ["대형폐기물"],
        ["냉장고"] = ["폐가전"], ["세탁기"] = ["폐가전"], ["티비"] = ["텔레비전", "폐가전"], ["에어컨"] = ["폐가전"],
        ["할머니"] = ["어르신", "노인"], ["할아버지"] = ["어르신", "노인"], ["노인"] = ["어르신"], ["어르신"] = ["노인"],
        ["윗집"] = ["층간소음"], ["아랫집"] = ["층간소음"], ["발망치"] = ["층간소음"], ["소아과"] = ["소아청소년과", "달빛어린이병원"],
        ["홈페이지"] = ["누리집"], ["사이트"] = ["누리집"], ["어플"] = ["앱"], ["공짜"] = ["무료"],
        ["깎아"] = ["감면", "할인"], ["돌려받"] = ["환불", "반환"], ["돌려주"] = ["환불", "반환"], ["환불"] = ["반환"],
        ["구청"] = ["자치구"], ["동사무소"] = ["주민센터", "동주민센터"], ["주민센터"] = ["동주민센터"],
        ["이사"] = ["전입"], ["자퇴"] = ["학교", "학교밖"], ["검정고시"] = ["학력", "검정고시"], ["취업"] = ["일자리"], ["직장"] = ["일자리"],
        ["번호"] = ["전화"], ["전화번호"] = ["전화", "연락처"], ["연락처"] = ["전화"],
        ["가로등"] = ["가로등", "보안등"], ["포트홀"] = ["도로", "파손"], ["싱크홀"] = ["땅꺼짐"], ["땅꺼짐"] = ["싱크홀"],
        ["생활비"] = ["긴급", "생계"], ["월세"] = ["임차료", "월세"], ["원룸"] = ["주택"],
        ["잃어버"] = ["분실물", "유실물", "분실"], ["잃어버린"] = ["분실물", "유실물", "분실"], ["두고내"] = ["분실물"], ["쓰는법"] = ["사용법"], ["사용방법"] = ["사용법"],
        ["기초생활수급"] = ["국민기초생활보장", "수급자"], ["기초수급"] = ["국민기초생활보장", "수급자"], ["수급"] = ["국민기초생활보장", "수급자"], ["장콜"] = ["장애인콜택시"],
        ["비번"] = ["비밀번호"], ["엘베"] = ["엘리베이터"], ["인강"] = ["온라인", "강의"], ["남은돈"] = ["잔액"], ["얘기"] = ["이야기", "상담"],
        ["뽑는"] = ["발급"], ["뽑아"] = ["발급"], ["뽑을"] = ["발급"], ["뽑으"] = ["발급"], ["자궁경부암"] = ["HPV"], ["말벌"] = ["벌집"],
        ["빌라"] = ["주택", "공동주택"], ["월급"] = ["소득"], ["담배"] = ["흡연", "담배"], ["남자"] = ["남성"], ["여자"] = ["여성"],
        ["핸드폰"] = ["휴대폰"], ["폰"] = ["휴대폰"], ["몇살"] = ["나이", "연령"], ["바가지"] = ["부당요금"],
        // Being hit at home, in a victim's words (남편이 때려요, 맞고 살아요): the guide on domestic violence, not a guide that says 도와주세요.
        ["때리"] = ["폭력", "가정폭력"], ["때려"] = ["폭력", "가정폭력"], ["때린"] = ["폭력", "가정폭력"], ["맞고살"] = ["폭력", "가정폭력"], ["맞고사"] = ["폭력", "가정폭력"],
        ["때려치"] = [], // 때려치우다 is to quit, not to hit
    }.Concat(ServiceNames.Map).ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="term"/> itself is a key. A compound that only starts with one (노인학대 starts with 노인)
    /// should not take the key's guide words for the whole: 노인학대 is not 어르신.
    /// </summary>
    public static bool IsExact(string term) =>
        EnglishTerms.IsEnglish(term) ? EnglishTerms.For(term) is not null : Map.ContainsKey(term ?? string.Empty);

    /// <summary>
    /// The length of the longest key <paramref name="text"/> is or starts with (0 for none): a citizen's name typed in two
    /// words (극단적 선택을, 죽고 싶어요) is found by looking at the two joined.
    /// </summary>
    public static int LongestKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = 0;
        foreach (var key in Map.Keys)
        {
            if (key.Length > length && text.StartsWith(key, StringComparison.Ordinal))
            {
                length = key.Length;
            }
        }

        return length;
    }

    /// <summary>The guide words for a question term (its stem), or empty.</summary>
    public static IReadOnlyList<string> For(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (EnglishTerms.IsEnglish(term))
        {
            return EnglishTerms.For(term) ?? [];
        }

        if (Map.TryGetValue(term, out var exact))
        {
            return exact;
        }

        // The longest key the term starts with: 노인연금액 is 노인연금 (기초연금), not 노인 (어르신).
        string[] longest = [];
        var length = 1;
        foreach (var (key, words) in Map)
        {
            if (key.Length > length && term.Length > key.Length && term.StartsWith(key, StringComparison.Ordinal))
            {
                longest = words;
                length = key.Length;
            }
        }

        return longest;
    }

    /// <summary>
    /// <paramref name="text"/> with 폭력 written before a verb of being hit by someone (남편한테 맞았어요, 아빠에게 맞고): 맞다 alone is
    /// also to fit (저한테 맞는, 저한테 맞았어요) or to get an injection (간호사한테 주사 맞았는데), which stay as they are.
    /// </summary>
    public static string WithPhrases(string text)
    {
        text ??= string.Empty;
        return MedicalWords().IsMatch(text) ? text : HitBySomeone().Replace(text, m => m.Groups[1].Value is "저" or "나" or "제" or "너" or "내" ? m.Value : m.Groups[1].Value + m.Groups[2].Value + " 폭력 맞");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"([가-힣]+?)(한테|한테서|에게|에게서)\s*맞(?=[았고])")]
    private static partial System.Text.RegularExpressions.Regex HitBySomeone();

    [System.Text.RegularExpressions.GeneratedRegex(@"주사|접종|백신|링거|수액|의사|간호사|병원|침\s*맞")]
    private static partial System.Text.RegularExpressions.Regex MedicalWords();
}
