using Dasan.Ai.Knowledge;
using Dasan.Core.Content;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>The citizens' names for the city's services lead to words the guides use, and are not guide words themselves.</summary>
public sealed class ServiceNamesTests
{
    private static readonly string Guides = string.Concat(ShippedContent.List("kb/")
        .Where(p => p.EndsWith(".md", StringComparison.Ordinal)).Select(ShippedContent.ReadText));

    [Fact]
    public void EveryName_LeadsToWordsAGuideHolds_AndIsNotItselfInAGuide()
    {
        Assert.NotEmpty(ServiceNames.Map);
        Assert.All(ServiceNames.Map, entry =>
        {
            Assert.True(entry.Key.Count(c => c is >= '가' and <= '힣') >= 2, $"{entry.Key}: two syllables or more");
            Assert.DoesNotContain(entry.Key, Guides, StringComparison.Ordinal);
            Assert.All(entry.Value, word => Assert.Contains(word, Guides, StringComparison.Ordinal));
        });
    }

    [Theory]
    [InlineData("주민자치센터", "동주민센터")]
    [InlineData("분리수거하는날", "분리배출")]
    [InlineData("플래카드", "현수막")]
    [InlineData("노인연금액", "기초연금")]
    [InlineData("어르신일자리사업", "노인일자리")]
    public void For_WhenACitizensNameOrAWordStartingWithIt_GivesTheGuideWords(string term, string guideWord) =>
        Assert.Contains(guideWord, ColloquialTerms.For(term));
}
