namespace Dasan.Core.Radar;

/// <summary>
/// Finds the emerging issues of a window: every phrase is tested city-wide, per domain and per district against
/// its own history (<see cref="BurstTest"/>), and the phrases that fired on the same stories are merged into one
/// issue. Pure and deterministic: the items are passed in, sorted by day.
/// </summary>
public sealed class BurstDetector(RadarOptions options)
{
    private const int MaxNodes = 300;
    private const double FacetShare = 0.8;

    public RadarOptions Options => options;

    public IReadOnlyList<DetectedIssue> Detect(IEnumerable<RadarObservation> itemsByDay, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The window ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        var table = new FeatureTable(itemsByDay, from.AddDays(-options.HistoryDays), from, to, Math.Min(options.MinSupport, options.MinDistrictSupport));
        var test = new BurstTest(table, options);
        var nodes = new Dictionary<string, PhraseNode>(StringComparer.Ordinal);
        foreach (var f in table.Features)
        {
            if (test.Test(f) is not { } fired)
            {
                continue;
            }

            if (!nodes.TryGetValue(f.Phrase, out var node))
            {
                nodes[f.Phrase] = node = new PhraseNode(f.Phrase);
            }

            node.Fired.Add(fired);
            node.Stories.UnionWith(f.Stories);
        }

        var ordered = nodes.Values.OrderByDescending(n => n.Score).ThenBy(n => n.Phrase, StringComparer.Ordinal).Take(MaxNodes).ToList();
        var builder = new IssueBuilder(table, from);
        return FoldFacets(Group(ordered))
            .Select(builder.Build)
            .Where(i => i.Volume >= Math.Min(options.MinSupport, options.MinDistrictSupport))
            .OrderByDescending(i => i.Score)
            .ThenBy(i => i.Label, StringComparer.Ordinal)
            .Take(options.MaxIssues)
            .ToList();
    }

    /// <summary>
    /// A group whose stories lie mostly (<see cref="FacetShare"/>) inside a stronger group's stories is a facet of the
    /// same matter (번방 사건 within 번방, 교실 공기청정기 within 공기청정기): it joins that group instead of taking
    /// a second place in the list. Strongest groups first, so a facet joins the strongest group that contains it.
    /// </summary>
    private static List<List<PhraseNode>> FoldFacets(List<List<PhraseNode>> groups)
    {
        var kept = new List<(List<PhraseNode> Nodes, HashSet<long> Stories)>();
        foreach (var group in groups.OrderByDescending(g => g.Max(n => n.Score)).ThenBy(g => g.Min(n => n.Phrase), StringComparer.Ordinal))
        {
            var stories = group.SelectMany(n => n.Stories).ToHashSet();
            var host = kept.FindIndex(k => stories.Count(k.Stories.Contains) >= FacetShare * stories.Count);
            if (host < 0)
            {
                kept.Add((group, stories));
                continue;
            }

            kept[host].Nodes.AddRange(group);
            kept[host].Stories.UnionWith(stories);
        }

        return kept.Select(k => k.Nodes).ToList();
    }

    private static List<List<PhraseNode>> Group(List<PhraseNode> nodes)
    {
        var parent = Enumerable.Range(0, nodes.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < nodes.Count; i++)
        {
            for (var j = i + 1; j < nodes.Count; j++)
            {
                if (Find(i) != Find(j) && nodes[i].SameIssueAs(nodes[j]))
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }

        return nodes.Select((n, i) => (n, Root: Find(i))).GroupBy(x => x.Root).Select(g => g.Select(x => x.n).ToList()).ToList();
    }
}
