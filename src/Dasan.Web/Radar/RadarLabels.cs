namespace Dasan.Web.Radar;

/// <summary>What staff read for the radar's internal codes: a source and a briefing's writer (Korean; the page translates).</summary>
public static class RadarLabels
{
    /// <summary>A source as staff name it: 민원 for the city's own requests; a feed or an import keeps the name it was given.</summary>
    public static string Source(string source) => source switch
    {
        Dasan.Ai.Radar.RadarRequestCollector.Source => "민원",
        "news" => "뉴스",
        _ => source,
    };

    /// <summary>How a briefing's text was written.</summary>
    public static string Writer(string writer) => writer switch
    {
        "extractive" => "원문 문장 발췌(자동)",
        "llm" => "언어 모델 작성, 원문으로 검증",
        _ => writer,
    };
}
