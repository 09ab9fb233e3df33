namespace Dasan.Core.Radar;

/// <summary>
/// Writes a briefing from its evidence. The default is <see cref="ExtractiveBriefingWriter"/>; a language-model writer
/// may replace it when one is configured, provided every citation it returns is one of the briefing's item ids
/// (<see cref="ExtractiveBriefingWriter.CheckCitations"/>).
/// </summary>
public interface IBriefingWriter
{
    Task<BriefingText> WriteAsync(Briefing briefing, CancellationToken ct);
}
