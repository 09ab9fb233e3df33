using Dasan.Korean.Tokenization;

namespace Dasan.Ai.Triage.Routing;

/// <summary>A unit's stems, precomputed at build time so explaining a suggestion costs no tokenising.</summary>
internal sealed record UnitStems(
    HashSet<string> All,
    IReadOnlyList<(string Text, HashSet<string> Stems)> Keywords,
    IReadOnlyList<(string Text, HashSet<string> Stems)> Duties,
    IReadOnlyList<(string Text, HashSet<string> Stems)> Examples)
{
    public static UnitStems Of(UnitDocument doc, KoreanTokenizer tokenizer)
    {
        List<(string, HashSet<string>)> Parts(IEnumerable<string> texts) => texts.Select(t => (t, Stems(tokenizer, t))).ToList();
        var keywords = Parts(doc.Unit.Keywords);
        var duties = Parts(doc.Unit.Duties.Split(['.', '。'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var examples = Parts(doc.Examples);
        var all = Stems(tokenizer, doc.Unit.Name + " " + string.Join(' ', doc.Unit.FormerNames));
        foreach (var (_, stems) in keywords.Concat(duties).Concat(examples))
        {
            all.UnionWith(stems);
        }

        return new UnitStems(all, keywords, duties, examples);
    }

    private static HashSet<string> Stems(KoreanTokenizer tokenizer, string text) =>
        tokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.NGram).Select(t => t.Term).ToHashSet();
}
