namespace Dasan.Ai.Triage.Routing;

/// <summary>Explains a suggestion in the catalog's own words: which terms, keywords, duty sentence and example matched.</summary>
internal static class EvidenceBuilder
{
    public static RoutingEvidence Explain(UnitDocument doc, Dictionary<string, double> query, Dictionary<string, double> idf)
    {
        var stems = doc.Stems!;
        var matched = query.Keys.Where(k => k[0] != '\u0001' && stems.All.Contains(k)).OrderByDescending(t => idf.GetValueOrDefault(t)).Take(8).ToList();
        var keywords = stems.Keywords.Where(k => k.Stems.Any(query.ContainsKey)).Select(k => k.Text).Take(6).ToList();
        return new RoutingEvidence(doc.Unit.Code, matched, keywords, Best(stems.Duties, query), Best(stems.Examples, query), null);
    }

    private static string? Best(IReadOnlyList<(string Text, HashSet<string> Stems)> candidates, Dictionary<string, double> query)
    {
        string? best = null;
        var bestOverlap = 0;
        foreach (var (text, stems) in candidates)
        {
            var overlap = stems.Count(query.ContainsKey);
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (text, overlap);
            }
        }

        return best;
    }
}
