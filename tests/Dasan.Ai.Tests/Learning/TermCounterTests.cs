using Dasan.Ai.Learning;

namespace Dasan.Ai.Tests.Learning;

public class TermCounterTests
{
    [Theory]
    [InlineData("퇴근 시간에 7016번 버스 배차 간격이 너무 길어요. 증차해 주세요!!")]
    [InlineData("서울시에서 불법주정차를 단속해주세요 CCTV 9호선 따릉이")]
    [InlineData("")]
    [InlineData("아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주아주긴단어 보통 단어")]
    public void Count_WhenComparedWithTheTrainingFeaturizer_GivesTheSameVector(string text)
    {
        var options = TextClassifierOptions.Default;
        var terms = new List<string>();
        new TextFeaturizer(options).AppendTerms(text, terms);
        var vocabulary = new FeatureVocabulary(terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Enumerable.Repeat(1f, terms.Distinct(StringComparer.Ordinal).Count()).ToArray());
        var expected = vocabulary.Vectorize(terms);
        var actual = vocabulary.Vectorize(new TermCounter(options).Count(text, vocabulary));
        Assert.Equal(expected.Indices, actual.Indices);
        Assert.Equal(expected.Values, actual.Values);
    }

    [Theory]
    [InlineData("퇴근 시간에 7016번 버스 배차 간격이 너무 길어요. 증차해 주세요!! 버스 버스 버스")]
    [InlineData("가로등이  꺼졌어요 가로등이 깜빡여요 <b>가로등이</b>")]
    [InlineData("")]
    public void Count_WhenWordsAreKeptBetweenTexts_GivesTheSameVectorColdAndWarm(string text)
    {
        var options = TextClassifierOptions.Default;
        var terms = new List<string>();
        new TextFeaturizer(options).AppendTerms(text, terms);
        var vocabulary = new FeatureVocabulary(terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Enumerable.Repeat(1f, terms.Distinct(StringComparer.Ordinal).Count()).ToArray());
        var expected = vocabulary.Vectorize(new TermCounter(options).Count(text, vocabulary));
        var cached = new TermCounter(options);
        cached.CacheWordsOf(vocabulary);

        foreach (var round in new[] { "cold", "warm" })
        {
            var actual = vocabulary.Vectorize(cached.Count(text, vocabulary));
            Assert.True(expected.Indices.SequenceEqual(actual.Indices), round);
            Assert.True(expected.Values.SequenceEqual(actual.Values), round);
        }
    }
}
