using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scoping;

/// <summary>A token of a text with its span (UTF-16 offsets in the text it was read from).</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Span">Where it is.</param>
/// <param name="Text">The characters it covers.</param>
public readonly record struct TextToken(TokenKind Kind, TextSpan Span, string Text)
{
    /// <inheritdoc />
    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
