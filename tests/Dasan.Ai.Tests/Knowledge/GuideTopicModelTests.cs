using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

public sealed class GuideTopicModelTests
{
    private const string Bike = "ttareungyi-public-bike.md";

    private static readonly (string Question, bool Answerable)[] Questions =
    [
        ("따릉이 요금 얼마예요", true),
        ("따릉이 1시간 이용권 가격 알려주세요", true),
        ("따릉이 대여 어떻게 해요", true),
        ("따릉이 반납은 아무 대여소에 해도 돼요?", true),
        ("따릉이 정기권 요금이 궁금해요", true),
        ("따릉이 전기자전거 요금 얼마예요", false),
        ("따릉이 전기자전거는 어디서 빌려요", false),
        ("전기자전거 따릉이 배터리 충전 어떻게 해요", false),
        ("따릉이 전기자전거 몇 살부터 타요", false),
    ];

    private static GuideTopicModel Fitted() =>
        GuideTopicFitter.Fit([.. Questions.Select(q => (GuideTopicModel.Inputs(Bike, q.Question), q.Answerable))]);

    [Fact]
    public void Probability_WhenQuestionAsksWhatTheGuideLacks_IsLowerThanForWhatItAnswers()
    {
        var model = Fitted();

        var answered = model.Probability(GuideTopicModel.Inputs(Bike, "따릉이 요금 알려주세요"));
        var missing = model.Probability(GuideTopicModel.Inputs(Bike, "따릉이 전기자전거 대여료는요"));

        Assert.True(answered > 0.5, $"{answered}");
        Assert.True(missing < 0.5, $"{missing}");
    }

    [Fact]
    public void Probability_WhenGuideWasNeverSeen_IsTheShareOfAnswerableQuestions()
    {
        var model = Fitted();

        // A guide added after the fit shares no input with the training questions: the same words under it weigh nothing.
        var added = model.Probability(GuideTopicModel.Inputs("seoul-botanic-park.md", "따릉이 전기자전거 요금 얼마예요"));

        Assert.Equal(5 / 9.0, added, 3);
        Assert.Equal(model.Prior, added);
    }

    [Fact]
    public void Probability_WhenGuideChangedSinceFit_IsTheShareOfAnswerableQuestions()
    {
        var model = GuideTopicFitter.Fit([.. Questions.Select(q => (GuideTopicModel.Inputs(Bike, q.Question, "A1"), q.Answerable))]);
        const string question = "따릉이 전기자전거 요금 얼마예요";

        Assert.Equal("A1", model.Fingerprints![Bike]);
        Assert.True(model.Probability(GuideTopicModel.Inputs(Bike, question, "A1")) < 0.5);
        Assert.True(model.Probability(GuideTopicModel.Inputs(Bike, question)) < 0.5); // no fingerprint given: no check
        Assert.Equal(model.Prior, model.Probability(GuideTopicModel.Inputs(Bike, question, "B2")));
    }

    [Fact]
    public void Inputs_WhenSpacedOtherwise_AreTheSame()
    {
        var inputs = GuideTopicModel.Inputs(Bike, "청년 월세, 지원?").Split('\n');

        Assert.Equal(["G=" + Bike, Bike + "|b청년", Bike + "|b년월", Bike + "|b월세", Bike + "|b세지", Bike + "|b지원"], inputs);
        Assert.Equal(GuideTopicModel.Inputs(Bike, "청년월세지원"), GuideTopicModel.Inputs(Bike, "청년 월세, 지원?"));
        Assert.Equal(0.5, GuideTopicModel.None.Probability(string.Join('\n', inputs)));
    }

    [Fact]
    public void Fit_WhenOneClassOnly_Throws() =>
        Assert.Throws<ArgumentException>(() => GuideTopicFitter.Fit([("G=" + Bike, true)]));

    [Fact]
    public void ShippedRefusalModel_ReadsTheGuideTopics() =>
        Assert.True(RefusalModel.Default.Topics is { Weights.Count: > 1000 });
}
