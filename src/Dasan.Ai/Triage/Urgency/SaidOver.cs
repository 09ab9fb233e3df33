namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Whether a text says its danger is over (찾았어요, 불은 껐어요, 무사해요): the models may then never raise it. A marker of an
/// end says nothing of the kind when it is negated (아직 못 찾았어요), a worry or a wish (무사한지, 무사하길), or when the text
/// turns right after it (불은 껐는데 아이가 연기를 많이 마셨어요, 찾았는데 의식이 없어요): the writer goes on to another danger.
/// Such a text is read as one told in the past: the models may raise it at the past bar (ADR 0108).
/// </summary>
internal static class SaidOver
{
    /// <summary>Characters after a marker in which a turn still belongs to it (껐 + 습니다 + 그런데).</summary>
    private const int TurnWithin = 6;

    private static readonly string[] NegatedBefore = ["못", "안"];

    private static readonly string[] NotAfter = ["한지", "할지", "하길", "하기를", "했으면", "하셨으면", "하실지", "하신지"];

    private static readonly string[] Turns = [.. ClauseMarkers.Turn, "는데", "은데", "지만"];

    /// <summary>True when some marker of an end in <paramref name="document"/> (spaces removed) is neither negated, a worry nor turned.</summary>
    public static bool Holds(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var marker in ClauseMarkers.Settled)
        {
            for (var at = document.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = document.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                if (Ends(document, at, marker.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Ends(string document, int at, int length)
    {
        var before = document.AsSpan(0, at);
        foreach (var negation in NegatedBefore)
        {
            if (before.EndsWith(negation, StringComparison.Ordinal))
            {
                return false;
            }
        }

        var after = document.AsSpan(at + length);
        foreach (var worry in NotAfter)
        {
            if (after.StartsWith(worry, StringComparison.Ordinal))
            {
                return false;
            }
        }

        var window = after[..Math.Min(after.Length, TurnWithin + 4)];
        foreach (var turn in Turns)
        {
            var i = window.IndexOf(turn, StringComparison.Ordinal);
            if (i >= 0 && i <= TurnWithin)
            {
                return false;
            }
        }

        return true;
    }
}
