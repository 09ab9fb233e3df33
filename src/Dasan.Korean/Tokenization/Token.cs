namespace Dasan.Korean.Tokenization;

/// <summary>A search or learning term with its span [Start, End) in the tokenised text.</summary>
/// <param name="Term">The term as indexed: a stem, a lower-cased Latin word, a number or a bigram.</param>
/// <param name="Start">Offset of the first character in the tokenised text.</param>
/// <param name="End">Offset after the last character in the tokenised text.</param>
/// <param name="Kind">What the token is made of.</param>
public sealed record Token(string Term, int Start, int End, TokenKind Kind);
