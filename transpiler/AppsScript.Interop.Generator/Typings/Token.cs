namespace AppsScript.Interop.Generator.Typings;

internal enum TokenKind
{
    Identifier,
    String,
    Number,
    Punctuation,
    End,
}

/// <param name="Doc">The comment written just before the token (a JSDoc block, or the line comments the Advanced
/// Services' typings use), which documents the declaration the token starts.</param>
internal sealed record Token(TokenKind Kind, string Text, string? Doc, int Line);
