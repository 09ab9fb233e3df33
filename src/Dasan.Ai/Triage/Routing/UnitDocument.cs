using Dasan.Core.Departments;

namespace Dasan.Ai.Triage.Routing;

/// <summary>A catalog unit as the router indexes it: its text fields, ready to tokenise.</summary>
internal sealed record UnitDocument(CatalogUnit Unit, IReadOnlyList<string> Examples)
{
    /// <summary>Stems of every field, of each keyword, duty sentence and example: computed once for explanations.</summary>
    public UnitStems? Stems { get; set; }

    public IEnumerable<(string Text, double Weight)> Fields(RouterOptions o)
    {
        yield return (Unit.Name + " " + string.Join(' ', Unit.FormerNames), o.NameWeight);
        foreach (var k in Unit.Keywords)
        {
            yield return (k, o.KeywordWeight);
        }

        yield return (Unit.Duties, o.DutyWeight);
        foreach (var e in Examples)
        {
            yield return (e, o.ExampleWeight);
        }
    }
}
