using Dasan.Core.Departments;
using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Triage.Routing;

/// <summary>
/// Retrieval over the department catalog: BM25-weighted stems and syllable bigrams of each unit's name,
/// keywords, duties and example requests; scores normalised by the query's weight and turned into
/// probabilities with a calibrated softmax temperature. Immutable and thread-safe.
/// </summary>
public sealed class CatalogRouter
{
    private const char NGramMark = '\u0001';
    private readonly UnitDocument[] _units;
    private readonly Dictionary<string, (int Unit, double Weight)[]> _postings;
    private readonly Dictionary<string, double> _idf;
    private readonly KoreanTokenizer _tokenizer;
    private readonly RouterOptions _options;

    private CatalogRouter(UnitDocument[] units, Dictionary<string, (int, double)[]> postings, Dictionary<string, double> idf, KoreanTokenizer tokenizer, RouterOptions options)
    {
        _units = units;
        _postings = postings;
        _idf = idf;
        _tokenizer = tokenizer;
        _options = options;
    }

    public RouterOptions Options => _options;
    public int UnitCount => _units.Length;

    public static CatalogRouter Build(CatalogDocument catalog, RouterOptions? options = null) =>
        Build(catalog.Units.Select(u => new UnitDocument(u, u.Examples)).ToArray(), options ?? new RouterOptions());

    internal static CatalogRouter Build(UnitDocument[] units, RouterOptions options)
    {
        var tokenizer = new KoreanTokenizer(KoreanTokenizerOptions.Default);
        foreach (var u in units)
        {
            u.Stems = UnitStems.Of(u, tokenizer);
        }

        var perUnit = units.Select(u => Weigh(tokenizer, u.Fields(options), options)).ToArray();
        var avgLength = perUnit.Average(w => w.Values.Sum());
        var postings = new Dictionary<string, List<(int, double)>>();
        for (var i = 0; i < perUnit.Length; i++)
        {
            var norm = options.K1 * (1 - options.B + options.B * perUnit[i].Values.Sum() / avgLength);
            foreach (var (term, tf) in perUnit[i])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((i, tf * (options.K1 + 1) / (tf + norm)));
            }
        }

        var n = units.Length;
        var idf = postings.ToDictionary(p => p.Key, p => Math.Log(1 + (n - p.Value.Count + 0.5) / (p.Value.Count + 0.5)));
        return new CatalogRouter(units, postings.ToDictionary(p => p.Key, p => p.Value.ToArray()), idf, tokenizer, options);
    }

    /// <summary>Ranks every unit for <paramref name="text"/> (already masked); evidence for the top <paramref name="explainTop"/>.</summary>
    public RoutingResult Route(string text, int explainTop = 3) => Route(QueryTerms(text), explainTop);

    private RoutingResult Route(Dictionary<string, double> query, int explainTop)
    {
        var scores = Score(query);
        var probabilities = Softmax(scores, _options.Temperature);
        var order = Enumerable.Range(0, _units.Length).OrderByDescending(i => scores[i]).ToArray();
        var units = order.Select(i => Candidate(i, scores[i], probabilities[i])).ToList();
        var domains = DomainProbabilities(scores).OrderByDescending(d => d.Probability).ToList();
        var evidence = order.Take(explainTop).Select(i => EvidenceBuilder.Explain(_units[i], query, _idf)).ToList();
        return new RoutingResult(units, domains, evidence);
    }

    /// <summary>Query-normalised scores for every unit (used by calibration).</summary>
    internal double[] Score(Dictionary<string, double> query)
    {
        var scores = new double[_units.Length];
        var mass = 0.0;
        foreach (var (term, qw) in query)
        {
            if (!_idf.TryGetValue(term, out var idf))
            {
                continue;
            }

            mass += qw * idf;
            foreach (var (unit, weight) in _postings[term])
            {
                scores[unit] += qw * idf * weight;
            }
        }

        if (mass > 0)
        {
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] /= mass;
            }
        }

        return scores;
    }

    /// <summary>Routes a request whose title says more per word than its body (title terms weigh <see cref="RouterOptions.TitleWeight"/>).</summary>
    public RoutingResult Route(string title, string body, int explainTop = 3) =>
        Route(QueryTerms(title, body.Length > _options.BodyChars ? body[.._options.BodyChars] : body), explainTop);

    internal Dictionary<string, double> QueryTerms(string text) => QueryTerms(null, text);

    /// <summary>Routes a request already tokenised by the caller (its title repeated <see cref="RouterOptions.TitleWeight"/> times).</summary>
    public RoutingResult Route(IReadOnlyList<Token> tokens, int explainTop = 3)
    {
        var counts = new Dictionary<string, double>();
        foreach (var t in tokens)
        {
            if (!IsNoise(t))
            {
                var key = t.Kind == TokenKind.NGram ? NGramMark + t.Term : t.Term;
                counts[key] = counts.GetValueOrDefault(key) + (t.Kind == TokenKind.NGram ? _options.BigramWeight : 1.0);
            }
        }

        return Route(counts.ToDictionary(c => c.Key, c => Math.Sqrt(c.Value)), explainTop);
    }

    internal Dictionary<string, double> QueryTerms(string? title, string text)
    {
        var counts = new Dictionary<string, double>();
        if (title is not null)
        {
            Add(counts, title, _options.TitleWeight);
        }

        Add(counts, text, 1.0);

        // Repeated words count, but with diminishing returns.
        return counts.ToDictionary(c => c.Key, c => Math.Sqrt(c.Value));
    }

    private void Add(Dictionary<string, double> counts, string text, double weight)
    {
        foreach (var t in _tokenizer.Tokenize(text))
        {
            if (IsNoise(t))
            {
                continue;
            }

            var key = t.Kind == TokenKind.NGram ? NGramMark + t.Term : t.Term;
            counts[key] = counts.GetValueOrDefault(key) + weight * (t.Kind == TokenKind.NGram ? _options.BigramWeight : 1.0);
        }
    }

    /// <summary>One-syllable Hangul stems (좋, 할, 같) are mostly verb and adjective stems that say nothing about the department.</summary>
    internal static bool IsNoise(Token t) => t.Kind == TokenKind.Word && t.Term.Length == 1 && t.Term[0] is >= '\uAC00' and <= '\uD7A3';

    /// <summary>Domain probabilities: unit scores pooled per domain with the domain temperature (calibrated separately).</summary>
    internal IEnumerable<DomainCandidate> DomainProbabilities(double[] scores)
    {
        var p = Softmax(scores, _options.DomainTemperature);
        return _units.Select((u, i) => (u.Unit.Domain, P: p[i])).GroupBy(x => x.Domain).Select(g => new DomainCandidate(g.Key, g.Sum(x => x.P)));
    }

    internal int IndexOf(string code) => Array.FindIndex(_units, u => u.Unit.Code == code);

    internal static double[] Softmax(double[] scores, double temperature)
    {
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp((s - max) / temperature)).ToArray();
        var sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }

    private UnitCandidate Candidate(int i, double score, double probability)
    {
        var u = _units[i].Unit;
        return new UnitCandidate(u.Code, u.Name, u.Domain, u.Bureau, score, probability);
    }

    private static Dictionary<string, double> Weigh(KoreanTokenizer tokenizer, IEnumerable<(string Text, double Weight)> fields, RouterOptions o)
    {
        var weights = new Dictionary<string, double>();
        foreach (var (text, weight) in fields)
        {
            foreach (var t in tokenizer.Tokenize(text))
            {
                if (IsNoise(t))
                {
                    continue;
                }

                var key = t.Kind == TokenKind.NGram ? NGramMark + t.Term : t.Term;
                weights[key] = weights.GetValueOrDefault(key) + weight * (t.Kind == TokenKind.NGram ? o.BigramWeight : 1.0);
            }
        }

        return weights;
    }
}
