namespace Dasan.Ai.Triage.Domains;

/// <summary>Where the domain model learns from: every text already masked.</summary>
/// <param name="Knowledge">Knowledge documents as (domain, title, Markdown).</param>
/// <param name="Petitions">Titles with their petition-board category.</param>
/// <param name="Unlabelled">Citizen texts without labels, for self-training.</param>
public sealed record DomainSources(
    IReadOnlyList<(string Domain, string Title, string Markdown)> Knowledge,
    IEnumerable<(string Title, string Category)> Petitions,
    IEnumerable<(string Title, string Body)> Unlabelled);
