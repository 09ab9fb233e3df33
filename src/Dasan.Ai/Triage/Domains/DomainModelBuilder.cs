using Dasan.Ai.Learning;
using Dasan.Core.Departments;

namespace Dasan.Ai.Triage.Domains;

/// <summary>Trains the domain model of ADR 0107 from the catalog and weakly labelled sources.</summary>
public static class DomainModelBuilder
{
    /// <summary>One thread, fixed seed: the same sources give the same model.</summary>
    public static TextClassifierOptions Options { get; } = TextClassifierOptions.Default with { BalanceLabels = false, NumberOfThreads = 1 };

    public static TrainedTextClassifier Build(CatalogDocument catalog, DomainSources sources, double selfTrainingWeight, Action<string>? log = null)
    {
        var corpus = Corpus(catalog, sources, selfTrainingWeight, log);
        log?.Invoke($"training on {corpus.Rows.Count} rows…");
        return new TextClassifierTrainer(Options).Train(corpus.Rows);
    }

    /// <summary>The weakly labelled rows the model learns from (also given to fastText for a fair comparison).</summary>
    public static DomainCorpus Corpus(CatalogDocument catalog, DomainSources sources, double selfTrainingWeight, Action<string>? log = null)
    {
        var router = new TriageEngine(catalog, new TriageOptions { DomainModelWeight = 0 });
        var corpus = new DomainCorpus(router).AddCatalog(catalog);
        foreach (var (domain, title, markdown) in sources.Knowledge)
        {
            corpus.AddKnowledgeDocument(domain, title, markdown);
        }

        foreach (var (title, category) in sources.Petitions)
        {
            corpus.AddPetition(title, category);
        }

        log?.Invoke($"domain corpus: {corpus.Rows.Count} rows ({corpus.Petitions} petitions, {corpus.Sections} knowledge sections); self-training…");
        corpus.AddPseudoLabelled(sources.Unlabelled, Options, selfTrainingWeight);
        log?.Invoke($"self-training added {corpus.PseudoLabelled} pseudo-labelled texts");
        return corpus;
    }
}
