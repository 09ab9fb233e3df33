using Dasan.Ai.Learning;
using Dasan.Core.Departments;

namespace Dasan.Ai.Triage.Domains;

/// <summary>
/// The training rows of the domain model, all weakly labelled and none from a Seoul-labelled set: the catalog's
/// examples and keywords (their unit's domain), the knowledge documents' sections (front-matter domain),
/// petitions whose board category maps to a domain (two-domain categories resolved by the catalog router), and
/// unlabelled citizen texts pseudo-labelled by the router and a first model together (self-training).
/// </summary>
public sealed class DomainCorpus(TriageEngine catalogRouter)
{
    private const int SectionChars = 600;
    private readonly List<LabeledText> _rows = [];

    public IReadOnlyList<LabeledText> Rows => _rows;

    public int Petitions { get; private set; }
    public int Sections { get; private set; }
    public int PseudoLabelled { get; private set; }

    public DomainCorpus AddCatalog(CatalogDocument catalog)
    {
        foreach (var unit in catalog.Units)
        {
            _rows.AddRange(unit.Examples.Select(e => new LabeledText(e, unit.Domain)));
            _rows.AddRange(unit.Keywords.Select(k => new LabeledText(k, unit.Domain)));
        }

        return this;
    }

    /// <summary>Adds each <c>## </c> section of a knowledge document (Markdown with front matter) under its domain.</summary>
    public DomainCorpus AddKnowledgeDocument(string domain, string title, string markdown)
    {
        foreach (var section in markdown.Split("\n## ").Skip(1))
        {
            var text = title + "\n" + section;
            _rows.Add(new LabeledText(text.Length > SectionChars ? text[..SectionChars] : text, domain));
            Sections++;
        }

        return this;
    }

    /// <summary>Adds a petition title under its board category's domain; returns false when the category has none.</summary>
    public bool AddPetition(string title, string category)
    {
        var domains = WeakDomainLabels.ForPetitionCategory(category);
        if (domains is null || string.IsNullOrWhiteSpace(title))
        {
            return false;
        }

        var label = domains.Length == 1 ? domains[0]
            : catalogRouter.Triage(title, "", []).Routing.Domains.First(d => domains.Contains(d.Domain)).Domain;
        _rows.Add(new LabeledText(title, label));
        Petitions++;
        return true;
    }

    /// <summary>
    /// Self-training: trains a first model on the rows so far, then adds each unlabelled text (masked title and body)
    /// whose blended domain probability reaches <paramref name="minimumProbability"/>, under that domain.
    /// </summary>
    public DomainCorpus AddPseudoLabelled(IEnumerable<(string Title, string Body)> texts, TextClassifierOptions options, double modelWeight, double minimumProbability = 0.5)
    {
        var first = new TextClassifierTrainer(options).Train(_rows);
        var blender = new DomainBlender(first, modelWeight);
        var added = new List<LabeledText>();
        foreach (var (title, body) in texts)
        {
            var routing = blender.Blend(catalogRouter.Triage(title, body, []).Routing, DomainBlender.Text(title, body));
            if (routing.Domains[0].Probability >= minimumProbability)
            {
                added.Add(new LabeledText(DomainBlender.Text(title, body), routing.Domains[0].Domain));
            }
        }

        _rows.AddRange(added);
        PseudoLabelled += added.Count;
        return this;
    }
}
