using Dasan.Ai.Search;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Dasan.Ai.Tests.Search;

public sealed class KoreanLuceneAnalyzerTests
{
    private const string FieldName = "body";

    private static readonly string[] Documents =
    [
        "집 앞 골목에 불법 주정차 차량이 너무 많습니다",
        "아파트 단지 앞 불법주정차 단속을 요청합니다",
        "주정차를 금지하는 표지판이 필요합니다",
        "공원 화장실이 더럽습니다",
    ];

    [Theory]
    [InlineData("불법주정차", new[] { 0, 1 })]
    [InlineData("불법 주정차", new[] { 0, 1 })]
    [InlineData("주정차", new[] { 0, 1, 2 })]
    [InlineData("화장실을", new[] { 3 })]
    public void Search_WhenQueryIsSpacedOrCompound_FindsEverySpelling(string query, int[] expected)
    {
        using var analyzer = new KoreanLuceneAnalyzer();
        using var directory = BuildIndex(analyzer);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        var hits = searcher.Search(BuildQuery(analyzer, query, stemsOnly: true), 10).ScoreDocs
            .Select(hit => int.Parse(searcher.Doc(hit.Doc).Get("id"), System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();

        Assert.Subset(hits, expected.ToHashSet());
        Assert.DoesNotContain(query == "화장실을" ? 0 : 3, hits);
    }

    [Fact]
    public void TokenStream_WhenTextHasParticles_ReportsStemsWithSourceOffsets()
    {
        using var analyzer = new KoreanLuceneAnalyzer(Korean.Tokenization.KoreanTokenizerOptions.StemsOnly);
        const string text = "서울시에서  CCTV를 설치해주세요";
        var tokens = Analyze(analyzer, text);

        Assert.Contains(("서울시", 0, 3), tokens);
        Assert.Contains(("cctv", 7, 11), tokens);
        Assert.Contains(("설치", 13, 15), tokens);
        Assert.All(tokens, t => Assert.InRange(t.End, t.Start, text.Length));
    }

    [Fact]
    public void TokenStream_WhenReusedForSecondText_StartsFresh()
    {
        using var analyzer = new KoreanLuceneAnalyzer(Korean.Tokenization.KoreanTokenizerOptions.StemsOnly);

        _ = Analyze(analyzer, "불법주정차 신고");
        var second = Analyze(analyzer, "가로등");

        Assert.Equal([("가로등", 0, 3)], second);
    }

    private static RAMDirectory BuildIndex(KoreanLuceneAnalyzer analyzer)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer));
        for (var i = 0; i < Documents.Length; i++)
        {
            writer.AddDocument(new Document
            {
                new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES),
                new TextField(FieldName, Documents[i], Field.Store.YES),
            });
        }

        writer.Commit();
        return directory;
    }

    private static BooleanQuery BuildQuery(KoreanLuceneAnalyzer analyzer, string text, bool stemsOnly)
    {
        var query = new BooleanQuery();
        foreach (var (term, _, _) in Analyze(stemsOnly ? new KoreanLuceneAnalyzer(Korean.Tokenization.KoreanTokenizerOptions.StemsOnly) : analyzer, text))
        {
            query.Add(new TermQuery(new Term(FieldName, term)), Occur.SHOULD);
        }

        return query;
    }

    private static List<(string Term, int Start, int End)> Analyze(KoreanLuceneAnalyzer analyzer, string text)
    {
        var result = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(FieldName, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return result;
    }
}
