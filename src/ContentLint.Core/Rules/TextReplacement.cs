using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Rules;

/// <summary>A fix expressed on a post's reader-visible text; the engine writes it back in the source's syntax.</summary>
/// <param name="Span">Span in the <see cref="MappedText"/>.</param>
/// <param name="NewText">Replacement as the reader should see it.</param>
/// <param name="Title">What the fix does, for editors.</param>
public sealed record TextReplacement(TextSpan Span, string NewText, string Title);
