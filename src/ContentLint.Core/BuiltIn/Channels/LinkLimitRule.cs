using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Channels;

/// <summary>CL1006: more links than the channel's cap.</summary>
public sealed class LinkLimitRule : PostRule
{
    /// <summary>The rule's metadata.</summary>
    public static RuleDescriptor Rule { get; } = new(
        "CL1006", "too-many-links", "Posts must not carry more links than the channel allows.", RuleCategory.Channels, Severity.Warning,
        "{count} {noun} on {channel}, {max} allowed: remove {remove}",
        """
        Threads accepts at most 5 links per post. Other channels have no hard cap; set one per channel (`channels: {linkedin: {maxLinks: 1}}`).

        The finding covers the links past the cap, found the way the platform finds them (twitter-text
        rules on X, fediverse rules on Mastodon). **Fix**: keep the most useful ones. The cap is
        `maxLinks` in `contentlint.yaml`.
        """) { French = new("Une publication ne doit pas porter plus de liens que son canal n’en autorise.", "{count} {noun} sur {channel} pour {max} au maximum : retirez-en {remove}") };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Check(PostRuleContext context) =>
        EntityLimit.Check(context, EntityKind.Url, c => c.MaxLinks, new LocalizedString("links", "liens"));
}
