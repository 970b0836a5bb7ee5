using System.Collections.Immutable;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>Per-channel wording of a cross-posted message (<c>variants:</c> in a calendar).</summary>
/// <param name="Channel">The channel, with the span of its key.</param>
/// <param name="Parts">The text, one part per thread part.</param>
/// <param name="ValueSpan">Source span of the variant's value (a text or a list of parts).</param>
public sealed record PostVariant(Located<string> Channel, ImmutableArray<MappedText> Parts, TextSpan ValueSpan = default);
