namespace Dasan.Core.Radar;

/// <summary>The numbers that made one phrase fire in one scope.</summary>
/// <param name="Phrase">The key phrase.</param>
/// <param name="Scope">Where it was tested: <c>city</c>, <c>domain:교통</c> or <c>district:강남구</c>, with the source kind.</param>
/// <param name="Observed">Distinct stories in the window.</param>
/// <param name="Expected">Stories expected from the phrase's own history, adjusted for weekday and daily volume.</param>
/// <param name="Surprise">−log10 of the negative-binomial probability of seeing at least that many.</param>
/// <param name="Dispersion">The negative-binomial size used (larger is closer to Poisson).</param>
/// <param name="HistoryStories">Stories with the phrase in the history window.</param>
public sealed record IssueEvidence(string Phrase, string Scope, int Observed, double Expected, double Surprise, double Dispersion, int HistoryStories)
{
    public double Ratio => Observed / Math.Max(Expected, 0.01);
}
