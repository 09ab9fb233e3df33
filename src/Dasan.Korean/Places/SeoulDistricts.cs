using System.Collections.Frozen;

namespace Dasan.Korean.Places;

/// <summary>The 25 districts of Seoul and well-known places that lie in one of them.</summary>
public static class SeoulDistricts
{
    /// <summary>All 25 districts, ordered by administrative code.</summary>
    public static IReadOnlyList<SeoulDistrict> All { get; } =
    [
        new("11110", "종로구", "Jongno-gu"), new("11140", "중구", "Jung-gu"), new("11170", "용산구", "Yongsan-gu"),
        new("11200", "성동구", "Seongdong-gu"), new("11215", "광진구", "Gwangjin-gu"), new("11230", "동대문구", "Dongdaemun-gu"),
        new("11260", "중랑구", "Jungnang-gu"), new("11290", "성북구", "Seongbuk-gu"), new("11305", "강북구", "Gangbuk-gu"),
        new("11320", "도봉구", "Dobong-gu"), new("11350", "노원구", "Nowon-gu"), new("11380", "은평구", "Eunpyeong-gu"),
        new("11410", "서대문구", "Seodaemun-gu"), new("11440", "마포구", "Mapo-gu"), new("11470", "양천구", "Yangcheon-gu"),
        new("11500", "강서구", "Gangseo-gu"), new("11530", "구로구", "Guro-gu"), new("11545", "금천구", "Geumcheon-gu"),
        new("11560", "영등포구", "Yeongdeungpo-gu"), new("11590", "동작구", "Dongjak-gu"), new("11620", "관악구", "Gwanak-gu"),
        new("11650", "서초구", "Seocho-gu"), new("11680", "강남구", "Gangnam-gu"), new("11710", "송파구", "Songpa-gu"),
        new("11740", "강동구", "Gangdong-gu"),
    ];

    private static readonly FrozenDictionary<string, SeoulDistrict> ByName =
        All.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, SeoulDistrict> ByCode =
        All.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>Well-known places (stations, squares, neighbourhoods, parks) and the district they lie in.</summary>
    public static IReadOnlyDictionary<string, string> Places { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["광화문"] = "종로구", ["종각"] = "종로구", ["대학로"] = "종로구", ["인사동"] = "종로구", ["북촌"] = "종로구", ["경복궁"] = "종로구",
        ["명동"] = "중구", ["서울역"] = "중구", ["남대문시장"] = "중구", ["을지로"] = "중구", ["동대문디자인플라자"] = "중구", ["서울광장"] = "중구", ["시청역"] = "중구",
        ["이태원"] = "용산구", ["용산역"] = "용산구", ["한남동"] = "용산구", ["남산"] = "용산구",
        ["성수동"] = "성동구", ["왕십리"] = "성동구", ["서울숲"] = "성동구",
        ["건대입구"] = "광진구", ["어린이대공원"] = "광진구", ["뚝섬"] = "광진구",
        ["청량리"] = "동대문구", ["경동시장"] = "동대문구", ["회기"] = "동대문구",
        ["망우"] = "중랑구", ["면목동"] = "중랑구", ["상봉"] = "중랑구",
        ["성신여대입구"] = "성북구", ["길음"] = "성북구", ["정릉"] = "성북구",
        ["수유"] = "강북구", ["미아사거리"] = "강북구", ["북한산"] = "강북구",
        ["창동"] = "도봉구", ["도봉산"] = "도봉구", ["방학동"] = "도봉구",
        ["상계동"] = "노원구", ["중계동"] = "노원구", ["하계동"] = "노원구", ["불암산"] = "노원구",
        ["불광"] = "은평구", ["연신내"] = "은평구", ["진관동"] = "은평구",
        ["신촌"] = "서대문구", ["연희동"] = "서대문구", ["홍제"] = "서대문구",
        ["홍대"] = "마포구", ["합정"] = "마포구", ["상암"] = "마포구", ["망원"] = "마포구", ["월드컵공원"] = "마포구",
        ["목동"] = "양천구", ["신정동"] = "양천구",
        ["김포공항"] = "강서구", ["마곡"] = "강서구", ["발산"] = "강서구", ["화곡"] = "강서구",
        ["구로디지털단지"] = "구로구", ["신도림"] = "구로구", ["개봉동"] = "구로구",
        ["가산디지털단지"] = "금천구", ["독산동"] = "금천구",
        ["여의도"] = "영등포구", ["영등포역"] = "영등포구", ["문래동"] = "영등포구", ["당산"] = "영등포구",
        ["노량진"] = "동작구", ["사당"] = "동작구", ["흑석동"] = "동작구", ["보라매"] = "동작구",
        ["신림"] = "관악구", ["서울대입구"] = "관악구", ["봉천동"] = "관악구",
        ["서초동"] = "서초구", ["반포"] = "서초구", ["양재"] = "서초구", ["방배"] = "서초구", ["교대역"] = "서초구", ["고속터미널"] = "서초구",
        ["강남역"] = "강남구", ["삼성역"] = "강남구", ["코엑스"] = "강남구", ["압구정"] = "강남구", ["대치동"] = "강남구", ["역삼"] = "강남구", ["청담"] = "강남구", ["수서"] = "강남구",
        ["잠실"] = "송파구", ["석촌호수"] = "송파구", ["가락시장"] = "송파구", ["문정동"] = "송파구", ["올림픽공원"] = "송파구",
        ["천호"] = "강동구", ["고덕"] = "강동구", ["둔촌"] = "강동구", ["암사"] = "강동구",
    };

    /// <summary>The district with this Korean name (강남구) or code (11680), or null.</summary>
    public static SeoulDistrict? Find(string nameOrCode) =>
        ByName.TryGetValue(nameOrCode, out var d) ? d : ByCode.GetValueOrDefault(nameOrCode);

    /// <summary>
    /// The districts a text mentions, by full district name (강남구, 강남구청) or by a well-known place, in
    /// order of first mention, each once. Bare stems (강남, 중) are not matched: too ambiguous in Korean
    /// text (강남 is also the whole south bank; 중 is a common syllable).
    /// </summary>
    public static IReadOnlyList<SeoulDistrict> Mentioned(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new List<(int Position, SeoulDistrict District)>();
        foreach (var d in All)
        {
            var at = IndexOfWord(text, d.Name);
            if (at >= 0)
            {
                hits.Add((at, d));
            }
        }

        foreach (var (place, district) in Places)
        {
            var at = text.IndexOf(place, StringComparison.Ordinal);
            if (at >= 0)
            {
                hits.Add((at, ByName[district]));
            }
        }

        return hits.OrderBy(h => h.Position).Select(h => h.District).Distinct().ToList();
    }

    // 중구 must not match inside 강중구… or the noun 집중구역; a district name starts a word.
    private static int IndexOfWord(string text, string name)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf(name, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            if (at == 0 || !IsHangul(text[at - 1]) || StartsAfterCity(text, at))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    // "서울중구" / "서울시중구" written without a space.
    private static bool StartsAfterCity(string text, int at) =>
        (at >= 2 && text.AsSpan(at - 2, 2).SequenceEqual("서울")) || (at >= 1 && text[at - 1] == '시');

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
