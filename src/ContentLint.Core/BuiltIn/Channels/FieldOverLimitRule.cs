using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Channels;

/// <summary>CL1008: a <c>title:</c> or <c>alt:</c> longer than the channel allows (YouTube, Pinterest).</summary>
public sealed class FieldOverLimitRule : PostRule
{
    /// <summary>The rule's metadata.</summary>
    public static RuleDescriptor Rule { get; } = new(
        "CL1008", "field-over-limit", "Titles and alternative texts must fit their channel's limits.", RuleCategory.Channels, Severity.Error,
        "The {field} is too long for {channel}: {count}/{limit}, {over} over",
        """
        YouTube titles are limited to 100 characters; Pinterest pin titles to 100 and alternative texts
        to 500. A longer `title:` or `alt:` is refused by the platform's API or cut. The finding covers
        the text past the limit.

        **Fix**: shorten the field.
        """) { French = new("Les titres et les textes alternatifs doivent respecter les limites de leur canal.", "{field} est trop long pour {channel} : {count}/{limit}, {over} de trop") };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Check(PostRuleContext context)
    {
        foreach (var (channel, rendition) in ChannelTexts.Renditions(context))
        {
            Check(context, channel, rendition, context.Post.Title, channel.TitleLimit, new LocalizedString("title", "Le titre"));
            Check(context, channel, rendition, context.Post.AltText, channel.AltTextLimit, new LocalizedString("alternative text", "Le texte alternatif"));
        }
    }

    private static void Check(PostRuleContext context, ChannelDefinition channel, PostRendition rendition, MappedText? field, int? limit, LocalizedString name)
    {
        if (field is null || limit is not { } max)
        {
            return;
        }

        // Titles and alt texts count characters (UTF-16, as the APIs do), whatever the body's method.
        var overflow = field.Text.Length > max ? max : -1;
        if (overflow < 0)
        {
            return;
        }

        context.Report(field, TextSpan.FromBounds(overflow, field.Text.Length), null,
            ("field", name), ("channel", ChannelTexts.Describe(channel, rendition)), ("count", field.Text.Length), ("limit", max), ("over", field.Text.Length - max));
    }
}
