using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>A visitor's English question finds the Korean guide that answers it, through the English words for the city's services.</summary>
public sealed class EnglishQuestionTests(KnowledgeFixture fx) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("How do I dispose of a mattress in Seoul?", "large-waste-disposal.md")]
    [InlineData("Are there cooling shelters during a heatwave?", "heatwave-cooling-shelters.md")]
    [InlineData("Does my dog need a leash when walking outside?", "dog-walking-dangerous-dogs.md")]
    public void Hits_WhenAskedInEnglish_LeadWithTheKoreanGuide(string question, string guide)
    {
        var hits = new ExtractiveAnswerer(fx.Index).Hits(question);

        Assert.Equal(guide, hits[0].Chunk.DocumentId);
    }

    [Theory]
    [InlineData("dogs", "반려견")]
    [InlineData("towed", "견인")]
    [InlineData("parks", "공원")]
    [InlineData("parked", "주차")]
    [InlineData("fired", "실직")]
    public void For_WhenWordIsInflected_ReadsItsStem(string word, string guideWord) =>
        Assert.Contains(guideWord, EnglishTerms.For(word)!);

    [Theory]
    [InlineData("business")]
    [InlineData("parkour")]
    [InlineData("bust")]
    public void For_WhenWordOnlyStartsWithAKnownWord_IsNoWordOfIt(string word) =>
        Assert.Null(EnglishTerms.For(word));
}
