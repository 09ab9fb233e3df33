using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>
/// Whose situation a question is about decides the part of a guide that answers it: a friend at risk is answered with how
/// to help a friend, not with the support after an attempt; someone who wants to die is answered with whom to call, not
/// with how to ask a friend about such thoughts. A line announcing steps (…다음처럼 도와주세요) is answered with the steps.
/// </summary>
public sealed class WhoseSituationTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private const string Guide = "suicide-prevention-counseling.md";
    private const string ForFriends = "친구나 가족이 자살을 생각하는 것 같을 때";
    private const string ForOneself = "자살을 생각하고 있거나 지금 위험하다면";

    [Theory]
    [InlineData("친구가 극단적 선택을 할 것 같아요")]
    [InlineData("친구가 죽고 싶다고 해요 어떻게 도와줘야 하나요")]
    [InlineData("친구가 자살 암시를 하는데 어떻게 해야돼요")]
    [InlineData("My friend says he wants to kill himself, what should I do?")]
    public void Answer_WhenAFriendIsAtRisk_GivesTheStepsForFriends(string question)
    {
        var answer = new ExtractiveAnswerer(fixture.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.Equal(Guide, answer.Citations[0].DocumentId);
        Assert.Equal(ForFriends, answer.Citations[0].Section);
        Assert.StartsWith("친구, 가족, 동료가 걱정된다면", answer.Text, StringComparison.Ordinal);
        Assert.Contains("3. 충고나 판단보다 끝까지 들어 줍니다.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("요즘 너무 힘들어서 죽고 싶어요")]
    [InlineData("요즘 죽고싶다는 생각이 들어요 어디 전화해야되나요")]
    public void Answer_WhenTheAskerIsAtRisk_SaysWhomToCallAndNotHowToHelpAFriend(string question)
    {
        var answer = new ExtractiveAnswerer(fixture.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.Equal(ForOneself, answer.Citations[0].Section);
        Assert.Contains("109", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Citations, c => c.Section == ForFriends);
    }

    [Fact]
    public void Answer_WhenTheGuidesOwnTextNamesAnEmergencyNumber_ShowsItUnmasked()
    {
        // "상황이라면 바로 112나 119에" was read as an address (바로 112) and shown as "바로 ***나 119에".
        var answer = new ExtractiveAnswerer(fixture.Index).Answer("요즘 너무 힘들어서 죽고 싶어요");

        Assert.Contains("바로 112나 119에 전화합니다", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my friend wants to kill himself", true)]
    [InlineData("I keep thinking about ending my life", true)]
    [InlineData("I want to end my life", true)]
    [InlineData("she said she feels suicidal", true)]
    [InlineData("I just want to die, who can I talk to", true)]
    [InlineData("the plants die if you water them too much", false)]
    [InlineData("how do I kill time in Seoul at night", false)]
    public void WithPhrases_WhenEnglishNamesSelfHarm_WritesSuicide(string text, bool suicide)
    {
        Assert.Equal(suicide, EnglishTerms.WithPhrases(text).Contains("suicide", StringComparison.Ordinal));
    }
}
