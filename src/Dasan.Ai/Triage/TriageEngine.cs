using Dasan.Ai.Triage.Domains;
using Dasan.Ai.Triage.Routing;
using Dasan.Core.Departments;
using Dasan.Core.Triage;

namespace Dasan.Ai.Triage;

/// <summary>
/// Holds the calibrated catalog router (swapped atomically when the catalog is reloaded) and applies admin
/// rules and the abstention threshold. Thread-safe singleton.
/// </summary>
public sealed class TriageEngine
{
    private static readonly Dasan.Korean.Normalization.TextNormalizer Normalizer = new(new Dasan.Korean.Normalization.TextNormalizerOptions { ExtractHtml = false });
    private static readonly Dasan.Korean.Tokenization.KoreanTokenizer Tokenizer = new(Dasan.Korean.Tokenization.KoreanTokenizerOptions.Default);
    private readonly Func<CatalogDocument> _load;
    private readonly Lock _gate = new();
    private volatile State? _state;

    /// <summary>The catalog is loaded on first use (after the database is migrated), not at construction.</summary>
    public TriageEngine(Func<CatalogDocument> load, TriageOptions options)
    {
        _load = load;
        Options = options;
    }

    public TriageEngine(CatalogDocument catalog, TriageOptions options)
        : this(() => catalog, options)
    {
    }

    public TriageOptions Options { get; }
    public string Version => Current.Version;
    public CalibrationSummary Calibration => Current.Calibration;

    private State Current
    {
        get
        {
            if (_state is { } state)
            {
                return state;
            }

            lock (_gate)
            {
                return _state ??= Build(_load());
            }
        }
    }

    /// <summary>Replaces the router with one built from <paramref name="catalog"/> (already validated).</summary>
    public void Reload(CatalogDocument catalog) => _state = Build(catalog);

    /// <summary>Builds the router and the catalog classifier now rather than on the first request.</summary>
    public void Warm() => _ = Current;

    /// <summary>The learned routing model to blend in, when one is active.</summary>
    public RoutingModelProvider? Models { get; init; }

    /// <summary>A domain model to use instead of the shipped one (evaluation of a freshly trained model).</summary>
    public Learning.TrainedTextClassifier? DomainModel { get; init; }

    /// <summary>Where the catalog classifier is cached on disk (null: memory only).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Progress messages of long steps (training the catalog classifier).</summary>
    public Action<string>? Log { get; init; }

    public TriageOutcome Triage(string maskedTitle, string maskedBody, IReadOnlyList<TriageRule> rules)
    {
        var state = Current;
        // One normalisation and tokenisation serves retrieval and the catalog classifier: the text holds the
        // title twice (its weight) and the start of the body.
        var normalized = Normalizer.Normalize(CatalogClassifier.Text(maskedTitle, maskedBody, state.Router.Options.BodyChars)).Text;
        var tokens = Tokenizer.Tokenize(normalized);
        var routing = state.Router.Route(tokens);
        routing = ModelBlender.Blend(routing, state.Catalog, normalized, tokens, Options.CatalogModelWeight);
        var version = state.Version;
        if (state.Domains is { } domains)
        {
            routing = domains.Blend(routing, DomainBlender.Text(maskedTitle, maskedBody));
            version += "+domains";
        }

        if (Models?.Current is ({ } key, { } model))
        {
            routing = ModelBlender.Blend(routing, model, maskedTitle + "\n" + maskedBody, Options.ModelWeight);
            version += "+" + key;
        }

        var rule = rules.FirstOrDefault(r => r.Active && Matches(maskedTitle + " " + maskedBody, r.Phrase)
            && routing.Units.Any(u => u.Code == r.DepartmentCode));
        if (rule is not null)
        {
            routing = RuleApplier.Apply(routing, rule);
        }

        var top = routing.Units[0];
        var chosen = top.Probability >= Options.AutoAssignThreshold ? top : null;
        return new TriageOutcome(routing, routing.Domains[0].Domain, chosen, top.Probability, rule?.Phrase, version);
    }

    private static bool Matches(string text, string phrase) =>
        text.Replace(" ", "", StringComparison.Ordinal).Contains(phrase.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    private State Build(CatalogDocument catalog)
    {
        var (router, calibration) = RouterCalibrator.ForCatalog(catalog);
        var classifier = CatalogClassifier.For(catalog, CacheDirectory, Log);
        var domainModel = Options.DomainModelWeight > 0 ? DomainModel ?? ShippedDomainModel.Instance : null;
        var domains = domainModel is null ? null : new DomainBlender(domainModel, Options.DomainModelWeight);
        return new State(router, classifier, domains, calibration, $"catalog@{catalog.Updated ?? "v" + catalog.Version}/{catalog.Units.Count}");
    }

    private sealed record State(CatalogRouter Router, Learning.TrainedTextClassifier Catalog, DomainBlender? Domains, CalibrationSummary Calibration, string Version);
}
