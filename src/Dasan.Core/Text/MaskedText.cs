namespace Dasan.Core.Text;

/// <summary>Text with personal data masked, and what kinds were found (e.g. phone, rrn).</summary>
public sealed record MaskedText(string Text, IReadOnlyList<string> FoundTypes);
