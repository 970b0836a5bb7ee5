using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Channels;

/// <summary>CL1009: characters the platform refuses (X: U+FFFE, U+FEFF, U+FFFF).</summary>
public sealed class InvalidCharacterRule : PostRule
{
    /// <summary>The rule's metadata.</summary>
    public static RuleDescriptor Rule { get; } = new(
        "CL1009", "invalid-character", "Posts must not contain characters the platform refuses.", RuleCategory.Channels, Severity.Error,
        "{channel} refuses this post: it contains U+{code}",
        """
        X (twitter-text) declares a post invalid when it contains U+FFFE, U+FEFF (a byte-order mark
        pasted into the middle of a text) or U+FFFF. They are invisible in most editors, usually
        copied from another document.

        **Fix**: the quick fix deletes the character.
        """) { French = new("Une publication ne doit pas contenir de caractères que la plateforme refuse.", "{channel} refuse cette publication : elle contient U+{code}") };

    private static readonly char[] Refused = ['\uFFFE', '\uFEFF', '\uFFFF'];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Check(PostRuleContext context)
    {
        foreach (var (channel, rendition) in ChannelTexts.Renditions(context))
        {
            if (channel.Counter.Method != ContentLint.Core.Channels.Counting.CountingMethod.XWeighted)
            {
                continue;
            }

            foreach (var text in rendition.Parts)
            {
                for (var at = text.Text.IndexOfAny(Refused); at >= 0; at = text.Text.IndexOfAny(Refused, at + 1))
                {
                    var span = new TextSpan(at, 1);
                    var fix = new TextReplacement(span, string.Empty, "Delete the invisible character");
                    context.Report(text, span, fix, ("channel", ChannelTexts.Describe(channel, rendition)), ("code", ((int)text.Text[at]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }
    }
}
