namespace ContentLint.Core.Diagnostics;

using ContentLint.Core.Documents;
using ContentLint.Core.Text;

/// <summary>Replace the source characters of <paramref name="Span"/> by <paramref name="NewText"/> (line breaks as <c>\n</c>).</summary>
/// <param name="Span">Source span to replace (empty for an insertion).</param>
/// <param name="NewText">Replacement text.</param>
public sealed record TextEdit(TextSpan Span, string NewText);
