using System.Globalization;
using System.Text;
using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;
using ContentLint.LanguageServer.Analysis;

namespace ContentLint.LanguageServer.Handlers.Hover;

/// <summary>The Markdown of hovers.</summary>
internal static class HoverText
{
    /// <summary>A finding: its rule's title and the message in <paramref name="locale"/>, then the rule's documentation (English).</summary>
    public static void AppendFinding(StringBuilder markdown, Finding finding, string locale)
    {
        var rule = finding.Rule;
        Separate(markdown);
        markdown.Append(CultureInfo.InvariantCulture, $"**{rule.Id}** `{rule.Name}` ({finding.Severity.ToName()}): {rule.TitleIn(locale)}\n\n");
        markdown.Append(finding.MessageIn(locale)).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(rule.Description))
        {
            markdown.Append(rule.Description.Trim()).Append("\n\n");
        }

        markdown.Append(CultureInfo.InvariantCulture, $"[{rule.Id} documentation]({rule.HelpUri.AbsoluteUri})\n");
    }

    public static void AppendChannel(StringBuilder markdown, string name, ChannelDefinition? channel, IEnumerable<PostMeasure> measures)
    {
        Separate(markdown);
        if (channel is null)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"Unknown channel `{name}`.\n");
            return;
        }

        markdown.Append(CultureInfo.InvariantCulture, $"**{channel.DisplayName}**: limit {channel.Limit}, counted as {channel.Counter.Describe()}\n\n");
        foreach (var m in measures)
        {
            var what = m.Part is { } part ? $"part {part}" : "text";
            var variant = m.IsVariant ? " (variant)" : string.Empty;
            var bytes = channel.ByteLimit is { } byteLimit ? string.Create(CultureInfo.InvariantCulture, $", {m.Measurement.Bytes}/{byteLimit} UTF-8 bytes") : string.Empty;
            var over = m.Measurement.IsOverLimit ? " — **over the limit**" : string.Empty;
            markdown.Append(CultureInfo.InvariantCulture, $"- {what}{variant}: {m.Measurement.Ratio}{bytes}{over}\n");
        }
    }

    /// <summary>The channel named at <paramref name="offset"/> (a <c>channel</c>/<c>channels</c> value or a <c>variants:</c> key), with its post.</summary>
    public static (Post Post, Located<string> Name)? ChannelAt(PostDocument document, int offset)
    {
        foreach (var post in document.Posts)
        {
            foreach (var name in post.Channels.Concat(post.Variants.Select(v => v.Channel)))
            {
                if (name.Span.Contains(offset) || name.Span.End == offset)
                {
                    return (post, name);
                }
            }
        }

        return null;
    }

    private static void Separate(StringBuilder markdown)
    {
        if (markdown.Length > 0)
        {
            markdown.Append("\n---\n\n");
        }
    }
}
