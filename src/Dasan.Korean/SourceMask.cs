using Dasan.Korean.PersonalData;

namespace Dasan.Korean;

/// <summary>A text with personal data masked in place, and what was found (spans into the unmasked text).</summary>
public sealed record SourceMask(string Text, IReadOnlyList<PersonalDataFinding> Findings);
