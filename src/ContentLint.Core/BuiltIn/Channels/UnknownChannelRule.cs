using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Channels;

/// <summary>CL1001: a post names a channel that is neither built in nor declared in configuration.</summary>
public sealed class UnknownChannelRule : PostRule
{
    /// <summary>The rule's metadata.</summary>
    public static RuleDescriptor Rule { get; } = new(
        "CL1001", "unknown-channel", "Posts must name known channels.", RuleCategory.Channels, Severity.Error,
        "Unknown channel '{channel}'{suggestion}",
        $$"""
        A post's `channel`/`channels` (or a calendar `variants:` key) names a channel ContentLint does
        not know, so its length and limits cannot be checked — often a typo such as `linkedn`.

        Built-in channels: {{BuiltInList()}}. Declare others in `contentlint.yaml`:

        ```yaml
        channels:
          intranet:
            method: graphemes
            limit: 1000
        ```

        **Fix**: the quick fix replaces the name with the closest known channel.
        """) { French = new("Une publication doit nommer des canaux connus.", "Canal inconnu « {channel} »{suggestion}") };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <summary><c>`x` (alias `twitter`), `mastodon`…</c>, from the channels data.</summary>
    private static string BuiltInList() => string.Join(", ", BuiltInChannels.All.Select(channel =>
    {
        var aliases = BuiltInChannels.File.Aliases.Where(a => a.Value == channel.Name).Select(a => $"`{a.Key}`").Order(StringComparer.Ordinal).ToList();
        return aliases.Count == 0 ? $"`{channel.Name}`" : $"`{channel.Name}` (alias {string.Join(", ", aliases)})";
    }));

    /// <inheritdoc />
    public override void Check(PostRuleContext context)
    {
        var named = context.Post.Channels.Concat(context.Post.Variants.Select(v => v.Channel));
        foreach (var channel in named)
        {
            if (context.Channels.Resolve(channel.Value) is not null)
            {
                continue;
            }

            var suggestion = Suggestions.Closest(channel.Value, context.Channels.Names);
            var fix = suggestion is null ? null : new CodeFix($"Replace '{channel.Value}' with '{suggestion}'", [new TextEdit(channel.Span, suggestion)]);
            context.Report(channel.Span, fix, ("channel", channel.Value), ("suggestion", Suggestions.DidYouMeanPlaceholder(suggestion)));
        }
    }
}
