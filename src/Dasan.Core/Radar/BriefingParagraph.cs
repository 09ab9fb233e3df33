namespace Dasan.Core.Radar;

/// <summary>A paragraph of a briefing and the ids of the radar items it cites (an LLM writer's citations are checked against these).</summary>
public sealed record BriefingParagraph(string Text, IReadOnlyList<long> Citations);
