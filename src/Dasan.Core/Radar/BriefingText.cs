namespace Dasan.Core.Radar;

/// <summary>The written briefing: a headline and paragraphs, each citing the radar items or requests it rests on.</summary>
public sealed record BriefingText(string Headline, IReadOnlyList<BriefingParagraph> Paragraphs, string Writer);
