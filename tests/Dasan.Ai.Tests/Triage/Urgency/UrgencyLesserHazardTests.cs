using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Lesser hazards the models read as danger — wasps, a broken railing or safety net, an open electrical cabinet, a
/// pedestrian light stuck on red, debris on the road, a sewer smell, dead fish, a burst meter or pipe, a blocked emergency
/// exit, a kitten in an engine, building materials on the pavement, a stopped boiler, a lift out of order where an elder
/// lives — are named by the word rules as high (ADR 0108), so the models need their higher bar for a lexicon high to make them
/// critical; a danger beside them (a child at the edge of a broken railing) still decides.
/// Earnings (맞벌이, 벌이가) are no bees. Sentences written for this test, not taken from any evaluation or
/// training set.
/// </summary>
public sealed class UrgencyLesserHazardTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);

    [Theory]
    [InlineData("베란다 창틀에 말벌이 집을 지었어요", "벌집·말벌")]
    [InlineData("놀이터 미끄럼틀 밑에 벌떼가 있어요", "벌집·말벌")]
    [InlineData("육교 계단 난간이 부서져 있어요", "난간·안전시설 파손")]
    [InlineData("공사장 안전망이 찢어져서 펄럭거려요", "난간·안전시설 파손")]
    [InlineData("아파트 앞 배전함 문이 열려 있어요", "전기설비 노출")]
    [InlineData("학교 앞 보행신호가 고장 나서 안 바뀌어요", "신호등 고장")]
    [InlineData("트럭 적재물이 떨어져서 3차로를 막고 있어요", "도로 낙하물")]
    [InlineData("골목 하수구 냄새가 며칠째 심해요", "악취")]
    [InlineData("안양천에 물고기 떼죽음이 있어요", "유해물질")]
    [InlineData("수도 계량기가 동파됐어요", "동파")]
    [InlineData("elevator broken again, my grandmother on the 9th floor cannot go out", "승강기 고장")]
    [InlineData("화장실 배관이 터져서 복도가 물바다예요", "누수·배관 파열")]
    [InlineData("지하 노래방 비상구가 상자로 막혀 있어요", "비상구 폐쇄")]
    [InlineData("주차된 차 엔진룸에서 새끼 고양이 소리가 나요", "동물 구조")]
    [InlineData("공사장이 자재를 인도에 쌓아 놔서 사람들이 차도로 다녀요", "공사장 안전")]
    [InlineData("보일러가 멈췄어요 이틀째 찬물만 나와요", "난방 중단")]
    public void Assess_WhenALesserHazardIsNamed_IsHighByTheWordsAlone(string text, string category)
    {
        var result = Lexicon.Assess(text);

        Assert.Equal(Level.High, result.Level);
        Assert.StartsWith(category, result.Reason);
    }

    [Theory]
    [InlineData("맞벌이 부부인데 돌봄교실 신청은 어떻게 하나요")]
    [InlineData("요즘 벌이가 시원찮아서 긴급복지를 신청하고 싶어요")]
    public void Assess_WhenEarningsAreMeant_IsNoBee(string text) =>
        Assert.Equal(Level.Normal, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("말벌에 쏘인 아이가 숨을 못 쉬어요")]
    [InlineData("엘리베이터가 고장 나서 멈췄는데 안에 사람이 갇혔어요")]
    [InlineData("베란다 난간이 떨어져 나갔는데 아이가 그 끝에 서 있어요")]
    public void Assess_WhenALesserHazardComesWithADanger_TheDangerDecides(string text) =>
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
}
