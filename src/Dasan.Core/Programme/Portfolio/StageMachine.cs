using Dasan.Core.Requests;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>idea → planned → pilot → deployed, one step at a time; any stage but retired may be retired (with a reason).</summary>
public static class StageMachine
{
    public static bool CanMove(FieldRules rules, string from, string to)
    {
        var (f, t) = (rules.StageIndex(from), rules.StageIndex(to));
        return f >= 0 && t >= 0 && from != "retired" && (t == f + 1 || (to == "retired" && from != to));
    }

    public static void Demand(FieldRules rules, string from, string to)
    {
        if (!CanMove(rules, from, to))
        {
            throw RequestValidationException.For("stage",
                $"'{StageNames.Korean(from)}'에서 '{StageNames.Korean(to)}'(으)로 옮길 수 없습니다. 단계는 하나씩 나아가고, 폐기는 언제든 할 수 있습니다. " +
                $"(Cannot move from {from} to {to}: stages advance one at a time; any stage may be retired.)");
        }
    }
}
