using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>Reads one entry of a calendar's <c>posts:</c> list into a <see cref="Post"/>.</summary>
internal sealed class CalendarEntryReader(SourceDocument document, PostMetadataReader reader, PostMetadata defaults, List<Diagnostic> diagnostics)
{
    private readonly List<SuppressionComment> _suppressions = [];

    /// <summary>The <c>contentlint: {disable}</c> entries of the posts read so far.</summary>
    public IEnumerable<SuppressionComment> Suppressions => _suppressions;

    public Post? Read(YamlNode node, int index)
    {
        var text = document.Text;
        var span = node.GetTrimmedSpan(text);
        if (node is not YamlMappingNode map)
        {
            diagnostics.Add(Diagnostic.Create(FieldRules.InvalidFieldValue, span, ("field", $"posts[{index}]"), ("problem", $"each post is a map of fields (id, channel, text…), found {node.DescribeKind()}")));
            return null;
        }

        var start = diagnostics.Count;
        var own = reader.Read(map, span);
        _suppressions.AddRange(own.Suppressions);
        var metadata = own.InheritFrom(defaults);
        var id = metadata.Id?.Value ?? $"posts[{index}]";

        if (metadata.Channels is null)
        {
            diagnostics.Add(Diagnostic.Create(FieldRules.MissingChannel, span, ("post", id)));
        }

        var parts = ReadParts(metadata, id, span);
        var variants = ReadVariants(metadata, id);
        for (var i = start; i < diagnostics.Count; i++)
        {
            diagnostics[i] = diagnostics[i] with { PostId = id };
        }

        return metadata.ToPost(id, span, own.ThreadNode is not null, parts, variants, own.Suppressions.Concat(defaults.Suppressions));
    }

    private ImmutableArray<MappedText> ReadParts(PostMetadata metadata, string id, TextSpan entrySpan)
    {
        if (metadata.TextNode is not null && metadata.ThreadNode is not null)
        {
            diagnostics.Add(Diagnostic.Create(FieldRules.InvalidFieldValue, metadata.ThreadNode.GetTrimmedSpan(document.Text), ("field", "thread"), ("problem", "give either 'text' (one post) or 'thread' (a list of parts), not both")));
        }

        if (metadata.TextNode is null && metadata.ThreadNode is null)
        {
            diagnostics.Add(Diagnostic.Create(ParseRules.MissingText, entrySpan, ("post", id), ("hint", new LocalizedString(": add 'text:' (one post) or 'thread:' (a list of parts)", "\u00A0: ajoutez «\u202Ftext:\u202F» (une publication) ou «\u202Fthread:\u202F» (une liste de parties)"))));
            return [];
        }

        return metadata.TextNode is not null
            ? ReadTexts("text", metadata.TextNode, id, allowList: false)
            : ReadTexts("thread", metadata.ThreadNode!, id, allowList: true);
    }

    private ImmutableArray<MappedText> ReadTexts(string field, YamlNode node, string id, bool allowList)
    {
        var items = node is YamlSequenceNode list && allowList ? list.Children : (IList<YamlNode>)[node];
        var parts = ImmutableArray.CreateBuilder<MappedText>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not YamlScalarNode scalar)
            {
                var expected = allowList ? "a list of texts" : "text (use 'thread:' for a list of parts)";
                diagnostics.Add(Diagnostic.Create(FieldRules.InvalidFieldValue, items[i].GetTrimmedSpan(document.Text), ("field", field), ("problem", $"expected {expected}, found {items[i].DescribeKind()}")));
                continue;
            }

            // What platforms publish: trailing line breaks (`|`, `|+`, `"…\\n"`) are not part of the post.
            var part = scalar.IsNull() ? EmptyAt(scalar) : YamlScalarMapper.Map(document.Text, scalar).TrimEnd();
            if (part.Text.Trim().Length == 0)
            {
                var hint = items.Count > 1
                    ? new LocalizedString($" in thread part {i + 1} of {items.Count}", $" dans la partie {i + 1} sur {items.Count} du fil")
                    : new LocalizedString($": '{field}' is empty", $"\u00A0: «\u202F{field}\u202F» est vide");
                diagnostics.Add(Diagnostic.Create(ParseRules.MissingText, scalar.GetTrimmedSpan(document.Text), ("post", id), ("hint", hint)));
            }

            parts.Add(part);
        }

        return parts.ToImmutable();
    }

    private MappedText EmptyAt(YamlNode node) =>
        new MappedTextBuilder(document.Text).Build(encoder: null);

    private ImmutableArray<PostVariant> ReadVariants(PostMetadata metadata, string id)
    {
        if (metadata.VariantsNode is null)
        {
            return [];
        }

        if (metadata.VariantsNode is not YamlMappingNode map)
        {
            diagnostics.Add(Diagnostic.Create(FieldRules.InvalidFieldValue, metadata.VariantsNode.GetTrimmedSpan(document.Text), ("field", "variants"), ("problem", "expected a map of channel: text")));
            return [];
        }

        var variants = ImmutableArray.CreateBuilder<PostVariant>();
        foreach (var (keyNode, value) in map.Children)
        {
            var channel = new Located<string>((keyNode.AsScalarValue() ?? string.Empty).Trim(), keyNode.GetSpan());
            if (metadata.Channels is { } channels && !channels.Any(c => string.Equals(c.Value, channel.Value, StringComparison.OrdinalIgnoreCase)))
            {
                var listed = string.Join(", ", channels.Select(c => c.Value));
                diagnostics.Add(Diagnostic.Create(FieldRules.InvalidFieldValue, channel.Span, ("field", "variants"), ("problem", $"a variant for '{channel.Value}', but the post is published on {listed}: add '{channel.Value}' to 'channels' or remove the variant")));
            }

            variants.Add(new PostVariant(channel, ReadTexts($"variants.{channel.Value}", value, id, allowList: true), value.GetTrimmedSpan(document.Text)));
        }

        return variants.ToImmutable();
    }
}
