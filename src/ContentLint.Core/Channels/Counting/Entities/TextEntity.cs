using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Channels.Counting.Entities;

/// <summary>An entity found in a post's text.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Span">Where it is (UTF-16, relative to the text given to the extractor).</param>
public readonly record struct TextEntity(EntityKind Kind, TextSpan Span);
