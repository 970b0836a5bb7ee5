namespace ContentLint.Core.Channels;

/// <summary>
/// A channel's house style: what ContentLint's brand-voice rules call for on it, below the
/// platform's hard caps. A rule's <c>options:</c> may override each number per channel.
/// </summary>
/// <param name="Hashtags">Most hashtags per published text (CL4006), or null to use the rule's <c>default</c>.</param>
/// <param name="EmojiPerWord">Most emoji per word (CL4007), or null to use the rule's <c>default</c>.</param>
public sealed record ChannelStyle(int? Hashtags, double? EmojiPerWord)
{
    /// <summary>No style of its own: the rules' defaults apply (channels declared in <c>contentlint.yaml</c>).</summary>
    public static ChannelStyle None { get; } = new(null, null);
}
