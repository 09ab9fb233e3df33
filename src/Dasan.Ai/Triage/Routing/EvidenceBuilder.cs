using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Triage.Routing;

/// <summary>Explains a suggestion in the catalog's own words: which terms, keywords, duty sentence and example matched.</summary>
internal static class EvidenceBuilder
{
    public static RoutingEvidence Explain(UnitDocument doc, Dictionary<string, double> query, Dictionary<string, double> idf, KoreanTokenizer tokenizer)
    {
        var stems = query.Keys.Where(k => k[0] != '\u0001').ToHashSet();
        var unitStems = new HashSet<string>();
        foreach (var (text, _) in doc.Fields(new RouterOptions()))
        {
            unitStems.UnionWith(Stems(tokenizer, text));
        }

        var matched = stems.Where(unitStems.Contains).OrderByDescending(t => idf.GetValueOrDefault(t)).Take(8).ToList();
        var keywords = doc.Unit.Keywords.Where(k => Stems(tokenizer, k).Any(stems.Contains)).Take(6).ToList();
        var duty = Best(doc.Unit.Duties.Split(['.', '。'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), stems, tokenizer);
        var example = Best(doc.Examples, stems, tokenizer);
        return new RoutingEvidence(doc.Unit.Code, matched, keywords, duty, example, null);
    }

    private static string? Best(IEnumerable<string> candidates, HashSet<string> stems, KoreanTokenizer tokenizer)
    {
        string? best = null;
        var bestOverlap = 0;
        foreach (var c in candidates)
        {
            var overlap = Stems(tokenizer, c).Count(stems.Contains);
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (c, overlap);
            }
        }

        return best;
    }

    private static IEnumerable<string> Stems(KoreanTokenizer tokenizer, string text) =>
        tokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.NGram).Select(t => t.Term).Distinct();
}
