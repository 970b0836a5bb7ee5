using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Scoping;

namespace ContentLint.Core.BuiltIn.Channels;

/// <summary>CL1003: the first link, call to action or question is hidden behind the "see more" fold.</summary>
public sealed class FoldRule : PostRule
{
    /// <summary>The rule's metadata.</summary>
    public static RuleDescriptor Rule { get; } = new(
        "CL1003", "hidden-after-fold", "The first link, call to action or question must come before the \"see more\" fold.", RuleCategory.Channels, Severity.Warning,
        "The first {what} is hidden behind the \"see more\" fold on {channel} (shown: the first {fold} characters)",
        """
        LinkedIn, Facebook and Instagram show the beginning of a post and fold the rest behind "see
        more" (about 210 characters on LinkedIn, 125 on Instagram and on Facebook mobile). Most readers
        never open it: a link, a call to action ("register", "inscrivez-vous") or a question placed
        after the fold is seen by few.

        **Fix**: move the link, the call to action or the question into the first lines. The fold is
        configurable per channel (`channels: {linkedin: {fold: 200}}`).
        """) { French = new("Le premier lien, appel à l’action ou question doit précéder la coupure « voir plus ».", "{what} se trouve derrière la coupure « voir plus » sur {channel} (seuls les {fold} premiers caractères sont visibles)") };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Check(PostRuleContext context)
    {
        foreach (var (channel, rendition) in ChannelTexts.Renditions(context))
        {
            if (channel.Fold is not { } fold || rendition.Parts.Length == 0)
            {
                continue;
            }

            var text = rendition.Parts[0];
            var foldAt = channel.Counter.OffsetOfFirstOverflow(text.Text, fold);
            if (foldAt < 0)
            {
                continue;
            }

            var link = EntityExtractor.Extract(text.Text, channel.Counter.Method, EntityKind.Url).Cast<TextSpan?>().FirstOrDefault();
            var question = text.Text.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? new TextSpan(q, 1) : (TextSpan?)null;
            foreach (var (what, span) in new[] { (new LocalizedString("link", "Le premier lien"), link), (new LocalizedString("call to action", "Le premier appel à l’action"), CallToAction.FindFirst(text.Text)), (new LocalizedString("question", "La première question"), question) })
            {
                if (span is { } found && found.Start >= foldAt && !text.IsInCode(found))
                {
                    context.Report(text, found, null, ("what", what), ("channel", ChannelTexts.Describe(channel, rendition)), ("fold", fold));
                }
            }
        }
    }
}
