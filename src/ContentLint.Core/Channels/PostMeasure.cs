using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Channels;

/// <summary>One text of a post (a part, or a variant's part) measured on one of its channels.</summary>
/// <param name="Post">The post.</param>
/// <param name="Text">The text, mapped to the source.</param>
/// <param name="Measurement">Count, limit and method on the channel.</param>
/// <param name="Part">1-based thread part, or null when the text is not a thread.</param>
/// <param name="IsVariant">True when the text comes from <c>variants:</c>.</param>
public sealed record PostMeasure(Post Post, MappedText Text, ChannelMeasurement Measurement, int? Part, bool IsVariant)
{
    /// <summary>Source span of the text (an empty text: where it would be).</summary>
    public TextSpan Span => Text.SourceSpan;
}
