namespace Dasan.Core.Challenges;

/// <summary>A bureau's challenges (approved ones), proposals received and pilots.</summary>
public sealed record HubBureauRow(string Bureau, int Challenges, int Proposals, int Pilots);
