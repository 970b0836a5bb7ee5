using System.Collections.Immutable;
using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Channels;

/// <summary>
/// The "split into a thread" fix: a calendar's <c>text:</c> becomes a <c>thread:</c> list, a variant's
/// text a list, a Markdown post gets <c>thread: true</c> and <c>---</c> lines between its parts. Not
/// offered when the split would also change what other channels publish, or would cut markup.
/// </summary>
public static class ThreadSplitFix
{
    private static readonly DoubleQuotedScalarEncoder Quoted = new(isMultiline: false);

    /// <summary>The fix splitting a post (or a variant) over <paramref name="channel"/>'s limit into thread parts, or null when it cannot be offered.</summary>
    /// <param name="document">The file of the post.</param>
    /// <param name="post">The post.</param>
    /// <param name="rendition">Its text on <paramref name="channel"/>: one part.</param>
    /// <param name="channel">The channel whose limit and counting method cut the parts.</param>
    public static CodeFix? ForPost(PostDocument document, Post post, PostRendition rendition, ChannelDefinition channel)
    {
        if (!channel.SupportsThreads || (!rendition.IsVariant && post.Channels.Length > 1))
        {
            return null;
        }

        var text = rendition.Parts[0];
        var parts = ThreadSplitter.Split(text.Text, channel.Counter, channel.Limit, channel.NumberThreadParts);
        if (parts is null || parts.Count < 2)
        {
            return null;
        }

        var title = $"Split into a thread of {parts.Count} parts";
        var source = document.Source;
        if (document.Kind == DocumentKind.MarkdownPost)
        {
            var edits = MarkdownThreadEdits.Separators(source, text, parts, channel.NumberThreadParts);
            var flag = MarkdownThreadEdits.ThreadFlag(source, post);
            return edits is null || flag is null ? null : new CodeFix(title, [flag, .. edits]);
        }

        var strings = Strings(text.Text, parts, channel.NumberThreadParts);
        if (rendition.IsVariant)
        {
            var variant = post.Variants.First(v => string.Equals(v.Channel.Value, rendition.Channel.Value, StringComparison.OrdinalIgnoreCase));
            var indent = Column(source, variant.Channel.Span.Start) + 2;
            var list = YamlList(strings, indent);
            return list is null ? null : Edit(title, TextSpan.FromBounds(variant.Channel.Span.End, variant.ValueSpan.End), ":" + list);
        }

        if (!post.Fields.TryGetValue("text", out var field) || field.IsInherited)
        {
            return null;
        }

        var items = YamlList(strings, Column(source, field.KeySpan.Start) + 2);
        return items is null ? null : Edit(title, TextSpan.FromBounds(field.KeySpan.Start, field.ValueSpan.End), "thread:" + items);
    }

    /// <summary>The fix for one thread part over the limit: the part becomes several, or null when it cannot be offered.</summary>
    /// <param name="document">The file of the post.</param>
    /// <param name="text">The thread part.</param>
    /// <param name="channel">The channel whose limit and counting method cut the parts.</param>
    public static CodeFix? ForPart(PostDocument document, MappedText text, ChannelDefinition channel)
    {
        var parts = ThreadSplitter.Split(text.Text, channel.Counter, channel.Limit, numbered: false);
        if (parts is null || parts.Count < 2)
        {
            return null;
        }

        var title = $"Split this part into {parts.Count} parts";
        var source = document.Source;
        if (document.Kind == DocumentKind.MarkdownPost)
        {
            var edits = MarkdownThreadEdits.Separators(source, text, parts, numbered: false);
            return edits is null ? null : new CodeFix(title, [.. edits]);
        }

        // A list item written on one line (plain or quoted): replace it by several items.
        var item = QuotedItemSpan(source.Text, text.SourceSpan);
        var lineStart = source.Lines.GetLineStart(source.Lines.GetPosition(item.Start).Line);
        var prefix = source.Text.AsSpan(lineStart, item.Start - lineStart);
        var dash = prefix.LastIndexOf('-');
        if (source.Text.AsSpan(item.Start, item.Length).ContainsAny('\r', '\n') || dash < 0 || !prefix[(dash + 1)..].IsWhiteSpace())
        {
            return null;
        }

        var strings = Strings(text.Text, parts, numbered: false);
        var quoted = strings.Select(s => Quoted.Encode(s) is { } e ? $"\"{e}\"" : null).ToList();
        if (quoted.Any(q => q is null))
        {
            return null;
        }

        var separator = "\n" + new string(' ', dash) + "- ";
        return Edit(title, item, string.Join(separator, quoted));
    }

    private static List<string> Strings(string text, IReadOnlyList<TextSpan> parts, bool numbered) =>
        [.. parts.Select((p, i) => text.Substring(p.Start, p.Length) + (numbered ? ThreadSplitter.NumberSuffix(i + 1, parts.Count) : string.Empty))];

    private static string? YamlList(List<string> strings, int indent)
    {
        var items = new List<string>();
        foreach (var part in strings)
        {
            if (Quoted.Encode(part) is not { } encoded)
            {
                return null;
            }

            items.Add("\n" + new string(' ', indent) + "- \"" + encoded + "\"");
        }

        return string.Concat(items);
    }

    private static TextSpan QuotedItemSpan(string source, TextSpan value)
    {
        if (value.Start > 0 && value.End < source.Length && source[value.Start - 1] is '"' or '\'' && source[value.End] == source[value.Start - 1])
        {
            return TextSpan.FromBounds(value.Start - 1, value.End + 1);
        }

        return value;
    }

    private static int Column(SourceDocument source, int offset) => source.Lines.GetPosition(offset).Character;

    private static CodeFix Edit(string title, TextSpan span, string newText) => new(title, ImmutableArray.Create(new TextEdit(span, newText)));
}
