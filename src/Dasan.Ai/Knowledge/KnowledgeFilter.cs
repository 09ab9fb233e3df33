namespace Dasan.Ai.Knowledge;

/// <summary>Restricts a knowledge search; null members do not filter.</summary>
/// <param name="Domain">Only chunks of this domain (exact, e.g. "welfare").</param>
/// <param name="Department">Only chunks of this department (exact, e.g. "어르신정책과").</param>
/// <param name="Lang">Only chunks in this language (e.g. "ko").</param>
public sealed record KnowledgeFilter(string? Domain = null, string? Department = null, string? Lang = null);
