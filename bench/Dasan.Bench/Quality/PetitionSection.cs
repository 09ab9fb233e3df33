using Dasan.Ai.Triage;
using Dasan.Ai.Triage.Domains;
using Dasan.Core.Departments;

namespace Dasan.Bench.Quality;

/// <summary>
/// Petitions filed after the cut-off (never trained on): share whose top domain lies in the domains their board
/// category maps to, for Dasan and for fastText trained on the domain model's rows.
/// </summary>
public static class PetitionSection
{
    public static (int N, double Dasan, double? FastText) Run(EvalProtocol protocol, FastTextRanker? fastText)
    {
        var rows = protocol.Petitions().Where(p => p.Filed >= EvalProtocol.PetitionCutoff)
            .Select(p => (p.Title, Domains: WeakDomainLabels.ForPetitionCategory(p.Category)))
            .Where(p => p.Domains is not null && p.Title.Length > 0).ToList();
        var engine = new TriageEngine(CatalogReader.Shipped(), new TriageOptions());
        var dasan = rows.Count(r => r.Domains!.Contains(engine.Triage(r.Title, "", []).Domain)) / (double)rows.Count;
        double? ft = null;
        if (fastText is not null)
        {
            var predicted = fastText.Predict(rows.Select(r => DomainBlender.Text(r.Title, "")).ToList(), 1);
            ft = rows.Where((r, i) => r.Domains!.Contains(predicted[i][0].Label)).Count() / (double)rows.Count;
        }

        return (rows.Count, dasan, ft);
    }
}
