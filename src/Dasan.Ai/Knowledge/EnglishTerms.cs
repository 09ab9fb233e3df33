using System.Collections.Frozen;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// English words for the city services the guides describe in Korean (mattress → 대형폐기물, heatwave → 폭염, leash →
/// 목줄), so a visitor's English question finds the Korean guide that answers it. Written from the guides' subjects and
/// common English usage; a few were added after reading the tuning questions' misses (ADR 0107), none from a reporting
/// set. A word matches exactly or with a plain inflection (dogs, towed, parking is its own word): English prefixes are
/// not meanings (park is not parking, bus is not business).
/// </summary>
public static partial class EnglishTerms
{
    private static readonly FrozenDictionary<string, string[]> Map = new Dictionary<string, string[]>
    {
        // Costs and contacts.
        ["wifi"] = ["와이파이", "wi-fi"], ["fee"] = ["요금"], ["fees"] = ["요금"], ["price"] = ["요금"], ["cost"] = ["요금", "비용"], ["fare"] = ["요금"],
        ["phone"] = ["전화"], ["number"] = ["전화"], ["free"] = ["무료"], ["refund"] = ["환불", "반환"], ["discount"] = ["할인", "감면"],
        // Transport.
        ["climate"] = ["기후동행카드"], ["subway"] = ["지하철"], ["metro"] = ["지하철"], ["bus"] = ["버스"], ["taxi"] = ["택시"], ["cab"] = ["택시"],
        ["driver"] = ["기사", "운전"], ["overcharge"] = ["부당요금"], ["overcharged"] = ["부당요금"], ["bike"] = ["따릉이", "자전거"],
        ["bicycle"] = ["따릉이", "자전거"], ["car"] = ["자동차", "차량"], ["elevator"] = ["엘리베이터"], ["parking"] = ["주차"], ["parked"] = ["주차"], ["tow"] = ["견인"], ["penalty"] = ["과태료"], ["wheelchair"] = ["휠체어", "장애인콜택시"],
        ["lost"] = ["분실물", "유실물"], ["forgot"] = ["분실물"], ["left"] = ["분실물"],
        // Waste.
        ["trash"] = ["쓰레기"], ["garbage"] = ["쓰레기"], ["rubbish"] = ["쓰레기"], ["waste"] = ["쓰레기", "폐기물"], ["dispose"] = ["배출"],
        ["throw"] = ["배출", "버리는"], ["recycle"] = ["재활용"], ["recycling"] = ["재활용"], ["mattress"] = ["대형폐기물"], ["sofa"] = ["대형폐기물"],
        ["couch"] = ["대형폐기물"], ["furniture"] = ["대형폐기물"], ["wardrobe"] = ["대형폐기물"], ["bulky"] = ["대형폐기물"],
        ["fridge"] = ["폐가전"], ["refrigerator"] = ["폐가전"], ["appliance"] = ["폐가전"], ["washer"] = ["폐가전"],
        // Safety and weather.
        ["heatwave"] = ["폭염"], ["heat"] = ["폭염"], ["cooling"] = ["무더위쉼터"], ["shelter"] = ["쉼터", "대피소"], ["earthquake"] = ["지진"],
        ["flood"] = ["침수"], ["flooding"] = ["침수"], ["dust"] = ["미세먼지"], ["fire"] = ["화재"], ["fired"] = ["실직", "일자리"], ["sinkhole"] = ["땅꺼짐"], ["pothole"] = ["포트홀"],
        ["streetlight"] = ["가로등"], ["roadkill"] = ["로드킬"], ["noise"] = ["층간소음"], ["upstairs"] = ["층간소음"],
        // Health and care.
        ["hospital"] = ["병원"], ["clinic"] = ["병원", "보건소"], ["pharmacy"] = ["약국"], ["emergency"] = ["응급", "긴급"], ["vaccine"] = ["예방접종"],
        ["vaccination"] = ["예방접종"], ["hiv"] = ["에이즈"], ["aids"] = ["에이즈"], ["dementia"] = ["치매"], ["suicide"] = ["자살"], ["depression"] = ["우울"], ["depressed"] = ["우울"],
        ["counseling"] = ["상담"], ["counselling"] = ["상담"], ["talk"] = ["이야기", "상담"], ["pregnant"] = ["임산부"], ["baby"] = ["아기", "영아"], ["infant"] = ["영아"],
        ["child"] = ["아이", "아동"], ["children"] = ["아이", "아동"], ["kid"] = ["아이"], ["kids"] = ["아이", "키즈카페"],
        ["babysitter"] = ["아이돌봄"], ["childcare"] = ["아이돌봄"], ["daycare"] = ["어린이집"], ["kindergarten"] = ["어린이집"],
        ["elderly"] = ["어르신", "노인"], ["senior"] = ["어르신", "노인"], ["pension"] = ["기초연금"], ["disabled"] = ["장애인"], ["disability"] = ["장애인"],
        ["violence"] = ["폭력"], ["domestic"] = ["가정폭력"], ["sexual"] = ["성폭력"], ["abuse"] = ["학대", "폭력"], ["stalking"] = ["스토킹"], ["food"] = ["음식물", "식중독"], ["poisoning"] = ["식중독"],
        // Pets.
        ["dog"] = ["반려견"], ["puppy"] = ["반려견"], ["pet"] = ["반려동물"], ["cat"] = ["고양이"], ["leash"] = ["목줄"],
        // Places and visits.
        ["park"] = ["공원"], ["palace"] = ["궁궐"], ["museum"] = ["박물관", "미술관"], ["library"] = ["도서관"], ["tourist"] = ["관광"],
        ["tour"] = ["관광"], ["admission"] = ["관람료"], ["closed"] = ["휴관"], ["market"] = ["전통시장"], ["voucher"] = ["상품권"],
        // Housing, work and papers.
        ["job"] = ["일자리"], ["employment"] = ["일자리"], ["foreigner"] = ["외국인"], ["legal"] = ["법률"], ["worker"] = ["노동자"],
        ["interpreter"] = ["통역"], ["interpretation"] = ["통역"], ["multicultural"] = ["다문화"], ["youth"] = ["청년"], ["allowance"] = ["수당"], ["rent"] = ["월세", "대여"],
        ["housing"] = ["주택", "주거"], ["deposit"] = ["보증금"], ["jeonse"] = ["전세"], ["lease"] = ["계약"], ["landlord"] = ["임대인"],
        ["move"] = ["전입", "이사"], ["moving"] = ["전입", "이사"], ["certificate"] = ["증명서", "등본"], ["tax"] = ["세금", "지방세"],
        ["loan"] = ["대출", "보증"], ["wage"] = ["임금", "생활임금"], ["permit"] = ["허가"], ["banner"] = ["현수막"], ["flyer"] = ["전단"],
        ["complaint"] = ["민원", "신고"], ["answer"] = ["답변"], ["reply"] = ["답변"], ["report"] = ["신고"], ["appeal"] = ["이의제기", "의견진술"], ["register"] = ["등록"],
        ["registration"] = ["등록"], ["password"] = ["비밀번호"], ["account"] = ["회원"], ["id"] = ["아이디"], ["membership"] = ["회원"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The Korean guide words for an English word (lower case), or null when it is none of <see cref="Map"/>.</summary>
    public static string[]? For(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (Map.TryGetValue(term, out var words))
        {
            return words;
        }

        foreach (var ending in Inflections)
        {
            if (term.Length > ending.Length + 2 && term.EndsWith(ending, StringComparison.Ordinal) && Map.TryGetValue(term[..^ending.Length], out words))
            {
                return words;
            }
        }

        return null;
    }

    /// <summary>True for a word made only of ASCII letters (the words <see cref="For"/> reads).</summary>
    public static bool IsEnglish(string term) => term is { Length: > 0 } && term.All(char.IsAsciiLetter);

    private static readonly string[] Inflections = ["es", "s", "ed", "d"];

    /// <summary>
    /// <paramref name="text"/> with English phrases for what one word of <see cref="Map"/> names written as that word: "wants to
    /// kill himself", "end my life", "want to die" and "suicidal" are suicide, which the guide on suicide prevention answers; word by word
    /// they were kill and himself, and a friend's danger was answered with the guide on filing a complaint in English.
    /// </summary>
    public static string WithPhrases(string text) => SelfHarmPhrase().Replace(text ?? string.Empty, "suicide");

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(kill(s|ing|ed)?\s+(my|him|her|them|your|our)sel(f|ves)|end(s|ing)?\s+(my|his|her|their|your|our)\s+li(fe|ves)|suicidal|wan(t|ts|ted)\s+to\s+die|wanna\s+die)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SelfHarmPhrase();
}
