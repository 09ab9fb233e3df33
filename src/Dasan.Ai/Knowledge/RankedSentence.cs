namespace Dasan.Ai.Knowledge;

/// <summary>A candidate answer sentence.</summary>
internal sealed record RankedSentence(KnowledgeHit Hit, int PassageRank, int Position, string Text, double Score);
