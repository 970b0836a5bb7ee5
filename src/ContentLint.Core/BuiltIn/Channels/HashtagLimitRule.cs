using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Channels;

/// <summary>CL1004: more hashtags than the channel's cap.</summary>
public sealed class HashtagLimitRule : PostRule
{
    /// <summary>The rule's metadata.</summary>
    public static RuleDescriptor Rule { get; } = new(
        "CL1004", "too-many-hashtags", "Posts must not carry more hashtags than the channel allows.", RuleCategory.Channels, Severity.Warning,
        "{count} {noun} on {channel}, {max} allowed: remove {remove}",
        """
        Instagram accepts at most 5 hashtags per post since December 2025 (it was 30); beyond the cap the post is refused or the extra hashtags are ignored. Other channels have no hard cap, but you can set one to keep a house style (`channels: {linkedin: {maxHashtags: 3}}`).

        The finding covers the hashtags past the cap, found the way the platform finds them (twitter-text
        rules on X, fediverse rules on Mastodon). **Fix**: keep the most useful ones. The cap is
        `maxHashtags` in `contentlint.yaml`.
        """) { French = new("Une publication ne doit pas porter plus de hashtags que son canal n’en autorise.", "{count} {noun} sur {channel} pour {max} au maximum : retirez-en {remove}") };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Check(PostRuleContext context) =>
        EntityLimit.Check(context, EntityKind.Hashtag, c => c.MaxHashtags, new LocalizedString("hashtags", "hashtags"));
}
