using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>
/// The word right after 몇 is a counter (몇 개, 몇 번), not what the question is about: 개 after 몇 is not a dog.
/// </summary>
public sealed class CounterWordTests(KnowledgeFixture fx) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Concepts_WhenACounterFollowsHowMany_DoesNotReadItAsATopic()
    {
        var concepts = new QuestionAnalyzer().Concepts("한강공원 캠핑장 몇 개 있어요", fx.Index.Knows);

        Assert.DoesNotContain(concepts, c => c.Term == "개" || (c.Alternatives ?? []).Contains("반려견"));
        Assert.Contains(concepts, c => c.Term == "캠핑장");
    }

    [Fact]
    public void Terms_WhenACounterFollowsHowMany_DoesNotSearchItsColloquialGuideWord()
    {
        var analyzer = new QuestionAnalyzer();

        Assert.DoesNotContain(analyzer.Terms("한강공원 캠핑장 몇 개 있어요", fx.Index.Knows), t => t.Term == "반려견");
        Assert.Contains(analyzer.Terms("한강공원에 개 데려가도 돼요", fx.Index.Knows), t => t.Term == "반려견");
    }
}
