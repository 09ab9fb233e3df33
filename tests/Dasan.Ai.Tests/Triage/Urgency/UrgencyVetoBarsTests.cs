using Dasan.Ai.Learning;
using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// What the models may not veto whatever they read (ADR 0108): a fire or gas leak in a place said to be empty (it still
/// spreads), a hazard whose "nobody is inside" is only a guess, a wish or "not yet", and one the text goes on to after
/// saying nobody is hurt (a turn, something still going on, children, another danger), one whose writer calls for
/// help now (빨리 와 주세요, 119), a fire said to spread (불길이 천장까지), a hazard about to fall (곧 떨어질 듯), a person's body in danger (경련, 의식이 없어요; not 질식, often a figure of speech), a child who swallowed something and an elder nobody can reach. Checked against models that see
/// no danger anywhere, so only the rules keep these critical; the same hazards without those words are vetoed.
/// </summary>
public sealed class UrgencyVetoBarsTests
{
    // Trained on a handful of rows, the models give every test sentence well under half a chance of danger; the veto bar is
    // raised to match, so the veto fires wherever no rule bars it.
    private static readonly UrgencyClassifier Blind = new(SeesNoDanger()) { VetoBelow = 0.5 };

    [Theory]
    [InlineData("빈 집에서 불이 났어요 사람은 없어요")]
    [InlineData("공실 상가에서 가스 냄새가 심하게 나요")]
    [InlineData("빈 창고에서 불길이 보여요")]
    public void Assess_WhenAFireOrGasIsInAnEmptyPlace_TheModelsMayNotVeto(string text) =>
        Assert.Equal(Level.Critical, Blind.Assess(text).Level);

    [Theory]
    [InlineData("지붕이 내려앉고 있는데 안에 사람은 없는 것 같아요")]
    [InlineData("옹벽이 무너지고 있어요 아직 다친 사람은 없어요")]
    public void Assess_WhenNobodyInsideIsOnlyGuessedOrNotYet_TheModelsMayNotVeto(string text) =>
        Assert.Equal(Level.Critical, Blind.Assess(text).Level);

    [Theory]
    [InlineData("도로에 싱크홀이 생겼는데 다친 사람은 없어요 차들이 계속 그 옆으로 지나가요")]
    [InlineData("전선이 끊어져 늘어졌는데 사람은 안 다쳤어요 전선에서 불꽃이 튀어요")]
    [InlineData("축대가 무너졌어요 다친 사람은 없는데 애들이 그 밑에서 놀아요")]
    public void Assess_WhenTheTextGoesOnToADangerAfterSayingNobodyIsHurt_TheModelsMayNotVeto(string text) =>
        Assert.Equal(Level.Critical, Blind.Assess(text).Level);

    [Theory]
    [InlineData("전선이 끊어져서 인도에 늘어져 있어요 빨리 와 주세요")]
    [InlineData("지붕이 내려앉고 있어요 119 불러 주세요")]
    public void Assess_WhenTheWriterCallsForHelpNow_TheModelsMayNotVeto(string text) =>
        Assert.Equal(Level.Critical, Blind.Assess(text).Level);

    [Theory]
    [InlineData("옥상에서 배선 고치던 기사님이 쓰러져서 경련하고 있어요")]
    [InlineData("탈의실에서 중년 여성이 의식이 없어요")]
    public void Assess_WhenAPersonsBodyIsInDanger_TheModelsMayNotVeto(string text) =>
        Assert.Equal(Level.Critical, Blind.Assess(text).Level);

    [Theory]
    [InlineData("식당 주방 기름에 불이 붙었는데 불길이 천장까지 올라가요")]
    [InlineData("창고에서 난 불이 옆 건물로 번지고 있어요")]
    public void Assess_WhenAFireIsSaidToSpread_TheModelsMayNotVeto(string text) =>
        Assert.Equal(Level.Critical, Blind.Assess(text).Level);

    [Theory]
    [InlineData("상가 간판이 반쯤 떨어져서 곧 떨어질 듯해요 아래가 버스정류장이에요")]
    [InlineData("공사장 외벽 타일이 떨어져서 남은 것도 곧 떨어질 듯해요 아래가 인도예요")]
    [InlineData("집앞 담벼락이 밤새 더 기울어서 골목으로 넘어갈거 같아요")]
    public void Assess_WhenTheHazardIsAboutToFallOnPeople_TheModelsMayNotVeto(string text) =>
        Assert.Equal(Level.Critical, Blind.Assess(text).Level);

    [Theory]
    [InlineData("요즘 너무 힘들어서 죽고 싶어요")]
    [InlineData("더 버틸 힘이 없어요 그냥 죽고싶다")]
    public void Assess_WhenSomeoneWishesToDie_TheModelsMayNotVeto(string text) =>
        Assert.Equal(Level.Critical, Blind.Assess(text).Level);

    [Theory]
    [InlineData("두 돌 된 아들이 자석 장난감 조각을 삼켰습니다 지금은 잘 놀고 있어요")]
    [InlineData("아이가 세제를 마셨어요 병원 어디로 가요")]
    [InlineData("독거 어르신이 일주일째 연락이 안 돼요 주민센터에서 확인 좀 해주세요")]
    [InlineData("혼자 사시는 아버지가 이틀째 전화를 안 받으세요")]
    public void Assess_WhenAChildSwallowedSomethingOrAnElderCannotBeReached_TheModelsMayNotVeto(string text) =>
        Assert.Equal(Level.Critical, Blind.Assess(text).Level);

    [Theory]
    [InlineData("아이스티를 마셨어요 가게 영업시간 알려주세요")]
    [InlineData("딸기우유를 마셨는데 유통기한이 지났어요")]
    [InlineData("어머니 연락이 안되네요 주민센터 번호 알려주세요")]
    public void Assess_WhenNothingHarmfulWasSwallowedOrTheElderWasJustCalled_TheModelsMayVetoIt(string text) =>
        Assert.NotEqual(Level.Critical, Blind.Assess(text).Level);

    [Fact]
    public void Assess_WhenAnElderFellAndIsFine_TheModelsMayVetoIt() =>
        Assert.NotEqual(Level.Critical, Blind.Assess("보도블록에 걸려 할머니가 넘어지셨는데 괜찮다고 하셨어요 보도블록 고쳐 주세요").Level);

    [Fact]
    public void Assess_WhenAWishToDieIsAJoke_TheModelsMayVetoIt() =>
        Assert.NotEqual(Level.Critical, Blind.Assess("시험 망해서 진짜 죽고 싶음 ㅋㅋ 농담이고요 열람실 시간 늘려주세요").Level);

    [Fact]
    public void Assess_WhenAFireIsOnlyFearedToSpread_TheModelsMayVetoIt() =>
        Assert.Equal(Level.High, Blind.Assess("공터 폐목재 더미에서 연기가 나요 불꽃은 안 보이는데 번지기 전에 봐 주세요").Level);

    [Fact]
    public void Assess_WhenALiftIsSaidToBeEmpty_ItsInsideIsNoContextForPeopleTrapped() =>
        Assert.NotEqual(Level.Critical, new UrgencyClassifier(useModel: false).Assess("엘리베이터가 5층에 멈췄어요 안에 사람은 없어요 수리해 주세요").Level);

    [Theory]
    [InlineData("옆 건물에서 불이 났어요")]
    [InlineData("지붕이 내려앉고 있어요")]
    [InlineData("전선이 끊어져서 인도에 늘어져 있어요")]
    [InlineData("출근길 정체가 질식할 지경이에요")]
    [InlineData("하수구 냄새가 너무 심해서 숨을 못 쉬겠어요")]
    public void Assess_WhenNothingBarsTheVeto_ModelsThatSeeNoDangerLowerIt(string text) =>
        Assert.Equal(Level.High, Blind.Assess(text).Level);

    /// <summary>Models trained where the only critical sentences share no word with the tests: they see no danger.</summary>
    private static UrgencyScorer SeesNoDanger()
    {
        string[] calm =
        [
            "불이 났어요", "지붕이 내려앉고 있어요", "가스 냄새가 나요", "옹벽이 무너지고 있어요", "빈 집이에요", "사람은 없어요",
            "안에 사람은 없는 것 같아요", "아직 다친 사람은 없어요", "There is a fire", "empty warehouse", "공실 상가", "옆 건물",
        ];
        var rows = calm.Select(t => new LabeledText(t, "normal"))
            .Concat(new[] { "쿼카 펭귄 알파카", "xyzzy plugh", "쿼카 알파카 펭귄 셋" }.Select(t => new LabeledText(t, "critical")))
            .Concat(new[] { "보도블록 파손", "가로등 고장" }.Select(t => new LabeledText(t, "high")))
            .ToList();
        return UrgencyModel.Train(rows)!;
    }
}
