using System.Collections.Immutable;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>What is published on one channel: the variant's text if there is one, else the post's.</summary>
/// <param name="Channel">The channel, with the span where it is named.</param>
/// <param name="Parts">Thread parts (one when not a thread).</param>
/// <param name="IsVariant">True when the text comes from <c>variants:</c>.</param>
public sealed record PostRendition(Located<string> Channel, ImmutableArray<MappedText> Parts, bool IsVariant);
