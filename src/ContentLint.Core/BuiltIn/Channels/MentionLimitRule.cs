using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Channels;

/// <summary>CL1005: more mentions than the channel's cap.</summary>
public sealed class MentionLimitRule : PostRule
{
    /// <summary>The rule's metadata.</summary>
    public static RuleDescriptor Rule { get; } = new(
        "CL1005", "too-many-mentions", "Posts must not mention more accounts than configured.", RuleCategory.Channels, Severity.Warning,
        "{count} {noun} on {channel}, {max} allowed: remove {remove}",
        """
        Tagging many accounts reads as spam and platforms throttle it. No built-in channel has a cap; set one per channel (`channels: {x: {maxMentions: 3}}`).

        The finding covers the mentions past the cap, found the way the platform finds them (twitter-text
        rules on X, fediverse rules on Mastodon). **Fix**: keep the most useful ones. The cap is
        `maxMentions` in `contentlint.yaml`.
        """) { French = new("Une publication ne doit pas mentionner plus de comptes que configuré.", "{count} {noun} sur {channel} pour {max} au maximum : retirez-en {remove}") };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Check(PostRuleContext context) =>
        EntityLimit.Check(context, EntityKind.Mention, c => c.MaxMentions, new LocalizedString("mentions", "mentions"));
}
