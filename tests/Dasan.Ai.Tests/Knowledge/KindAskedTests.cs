using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>What kind of answer a question names outright (<c>KindOfAnswer.Asked</c>), including the words that only look like it.</summary>
public sealed class KindAskedTests
{
    [Theory]
    [InlineData("문화누리카드는 어떤 분들이 쓰는 거예요", QuestionIntent.Eligibility)]
    [InlineData("어린이집 입소 우선순위는 어떤 집이 받아요?", QuestionIntent.Eligibility)]
    [InlineData("어떤 가정이 받을 수 있나요", QuestionIntent.Eligibility)] // 가정 as well as 가구
    [InlineData("무더위쉼터 보통 몇월에 문 열어요", QuestionIntent.When)]
    [InlineData("공공심야약국 몇시까지 해요", QuestionIntent.When)]
    [InlineData("몇 시에 문 열어요", QuestionIntent.When)]
    [InlineData("어떤 분께 연락하면 돼요", QuestionIntent.Other)] // whom to ask, not who qualifies
    [InlineData("어떤 사람한테 물어봐야 돼요", QuestionIntent.Other)]
    [InlineData("노인일자리 어떤 분야가 있어요", QuestionIntent.Other)]
    [InlineData("어떤 가구를 대형폐기물로 내놔요", QuestionIntent.Other)] // furniture
    [InlineData("몇월생부터 신청돼요", QuestionIntent.Other)] // a birth month is not a date to keep
    public void Asked_ReadsTheKindTheQuestionNames(string question, QuestionIntent expected) =>
        Assert.Equal(expected, KindOfAnswer.Asked(question, QuestionIntentDetector.Detect(question)));
}
