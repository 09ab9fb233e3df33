using Dasan.Core.Challenges;

namespace Dasan.Web.Pages.Challenges;

/// <summary>The model of the shared challenge description partial.</summary>
public sealed record ChallengeBody(Challenge Challenge, ChallengeDetails Details);
