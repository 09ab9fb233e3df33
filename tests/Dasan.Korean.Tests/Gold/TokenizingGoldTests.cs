using Dasan.Korean.Tokenization;
using Xunit.Abstractions;

namespace Dasan.Korean.Tests.Gold;

public sealed class TokenizingGoldTests(ITestOutputHelper output)
{
    private const double MinShare = 0.95;

    [Fact]
    public void Tokenize_WhenRunOnGoldSet_ProducesExpectedStems()
    {
        var examples = GoldFile.Read<TokenizingExample>("tokenizing.jsonl");
        var pipeline = new KoreanTextPipeline();
        int expected = 0, found = 0, forbidden = 0, avoided = 0;
        foreach (var example in examples)
        {
            var terms = pipeline.Analyze(example.Text).Tokens.Where(t => t.Kind != TokenKind.NGram).Select(t => t.Term).ToHashSet();
            foreach (var stem in example.Expected)
            {
                expected++;
                found += terms.Contains(stem) ? 1 : 0;
                if (!terms.Contains(stem))
                {
                    output.WriteLine($"missing '{stem}' in: {example.Text} → {string.Join(' ', terms)}");
                }
            }

            foreach (var term in example.Forbidden)
            {
                forbidden++;
                avoided += terms.Contains(term) ? 0 : 1;
                if (terms.Contains(term))
                {
                    output.WriteLine($"unwanted '{term}' in: {example.Text} → {string.Join(' ', terms)}");
                }
            }
        }

        var share = (double)(found + avoided) / (expected + forbidden);
        output.WriteLine($"{examples.Count} sentences: expected stems {found}/{expected}, forbidden tokens avoided {avoided}/{forbidden}, score {share:0.000}");
        Assert.True(examples.Count >= 150, "The tokenising gold set must hold at least 150 sentences.");
        Assert.True(share >= MinShare, $"Tokenising score {share:0.000} is below {MinShare}");
    }
}
