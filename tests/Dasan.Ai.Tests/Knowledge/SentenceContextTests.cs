using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>
/// A sentence taken out of its guide reads as the guide meant it: one that leans on the sentence before it comes with that
/// sentence, and a bulleted fragment with the line that introduces its list (said once per answer).
/// </summary>
public sealed class SentenceContextTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Answer_WhenASentenceLeansOnTheOneBefore_BringsThatOneAlong()
    {
        // "들어가지 않으면 대형폐기물로 신고해야 합니다." alone does not say what does not fit where.
        var answer = new ExtractiveAnswerer(fixture.Index).Answer("냉장고 버리는데 대형폐기물 스티커 사야돼요?");

        Assert.Contains("버릴 물건이 종량제 봉투에 들어가는지 확인합니다. 들어가지 않으면", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("] 들어가지 않으면", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WhenABulletedFragmentIsChosen_SaysWhatItsListIsAbout()
    {
        // "…월세 지원을 이미 받은 사람" alone read as if it said who may apply; it is who may not.
        var answer = new ExtractiveAnswerer(fixture.Index).Answer("청년 월세 받을 수 있나요?");

        Assert.Contains("다음에 해당하면 지원받을 수 없습니다: 국토교통부 청년월세 지원", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("자주 접수되는 유형은 다음과 같습니다.\n- 승차거부: 태우지 않는 경우\n- 부당요금: 더 받는 경우", 2, "자주 접수되는 유형은 다음과 같습니다")]
    [InlineData("신청할 때 필요한 서류:\n- 신분증\n- 소득 증빙 서류", 2, "신청할 때 필요한 서류")]
    [InlineData("궁궐마다 쉬는 날이 다릅니다.\n- 경복궁: 매주 화요일\n- 창덕궁: 매주 월요일", 1, null)] // says nothing of a list to come
    [InlineData("## 대상\n- 만 65세 이상 어르신", 1, null)] // a heading is no sentence
    public void Before_WhenABulletedFragment_IsTheLineThatAnnouncesItsList(string text, int position, string? expected)
    {
        var chunk = KnowledgeIndexTests.Chunk("guide.md", "안내", text, null, null);
        var sentence = new RankedSentence(new KnowledgeHit(chunk, 1, text), 0, position, SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ElementAt(position).TrimStart('-', ' '), 1);

        Assert.Equal(expected, SentenceContext.Before(sentence));
    }

    [Fact]
    public void Answer_WhenTheSentenceBeforeRepliesToAnotherQuestion_DoesNotBorrowTheReply()
    {
        // In the guide's questions and answers "받을 수 있어요. 다만 국민연금 액수에 따라 …" replies to a question on 국민연금;
        // for a spouse of a civil-service pensioner, who is excluded, "받을 수 있어요." would be wrong.
        var answer = new ExtractiveAnswerer(fixture.Index).Answer("영감이 공무원연금을 받는데 나는 기초연금 받을 수 있소?");

        Assert.DoesNotContain("받을 수 있어요. 다만", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_WhenTheSentencesBeforeReplyToTheSectionsQuestion_IsNothing()
    {
        const string text = "**어르신만 이용할 수 있나요?**\n아니요. 누구나 이용할 수 있어요. 다만 어르신이 먼저 이용하도록 배려해 주세요.";
        var chunk = KnowledgeIndexTests.Chunk("guide.md", "자주 묻는 질문", text, null, null);
        var spans = SentenceSplitter.Split(text);
        var last = spans.Count - 1;
        var sentence = new RankedSentence(new KnowledgeHit(chunk, 1, text), 0, last, text.Substring(spans[last].Start, spans[last].Length), 1);

        Assert.Null(SentenceContext.Before(sentence));
    }
}
