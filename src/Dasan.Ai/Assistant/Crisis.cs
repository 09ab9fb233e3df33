using Dasan.Ai.Knowledge;
using Dasan.Core.Requests;

namespace Dasan.Ai.Assistant;

/// <summary>
/// A question that tells of danger to life now (<see cref="CrisisNotice"/>): whom to call, and the kind of danger the urgency
/// classifier read (its reason, "응급 환자: …"). Under the call card, an answer from a guide about something else does harm:
/// "아이가 숨을 안 쉬어요" was answered with the childcare service, "불이 났어요 연기가 나요" with the living wage. Only a
/// guide of the danger's field answers under the card; otherwise the card stands alone.
/// </summary>
/// <param name="Advice">Whom to call now.</param>
/// <param name="Reason">The urgency reason, its kind of danger before the colon.</param>
public sealed record Crisis(EmergencyAdvice Advice, string Reason)
{
    /// <summary>What stands under the card instead of a refusal, which would point to 120: the number to call is above.</summary>
    public const string NoGuide = "이 상황에 맞는 안내 자료는 없습니다. 위 번호로 지금 바로 전화하세요.";

    private static readonly string[] Safety = ["safety"];
    private static readonly string[] Anywhere = ["safety", "health", "welfare", "women_family"];

    /// <summary>True when <paramref name="found"/>'s answer may be shown under the card: answered (the refusal model's own
    /// threshold) and from a guide of the danger's field (its front-matter domain).</summary>
    public bool Fits(Retrieval found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var answer = found.Extractive;
        if (answer.Refused || answer.Citations.Count == 0)
        {
            return false;
        }

        var guide = answer.Citations[0].DocumentId;
        var domain = found.Bm25.Concat(found.Passages).FirstOrDefault(h => h.Chunk.DocumentId == guide)?.Chunk.Domain;
        return domain is not null && Domains().Contains(domain, StringComparer.Ordinal);
    }

    /// <summary>The guide domains that answer this kind of danger.</summary>
    public IReadOnlyList<string> Domains()
    {
        var kind = Reason.Split(':', 2)[0].Trim();
        return kind switch
        {
            "자살·자해 위험" => ["health"],
            "폭력·위협" or "아동학대" => ["women_family", "safety"],
            "응급 환자" or "생명유지 장비 중단" => ["health", "safety"],
            "아동 위험" => ["women_family", "health", "safety"],
            "어르신 위험" => ["welfare", "health"],
            "화재" or "가스 누출" or "붕괴" or "붕괴·낙하물" or "감전 위험" or "고립·갇힘" or "익수" or "추락 위험" or "침수" or "싱크홀·지반 침하" or "교통사고" => Safety,
            _ => Anywhere, // the models' own reading (생명·안전 위험 가능성) names no field
        };
    }
}
