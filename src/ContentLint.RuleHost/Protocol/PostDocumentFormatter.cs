using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using MessagePack;
using MessagePack.Formatters;

namespace ContentLint.RuleHost.Protocol;

/// <summary>
/// A parsed content file as it crosses the pipe, so that the rule host runs scripts on the posts the
/// parent parsed instead of parsing the text again (a Markdown and YAML parse per file, and the JIT
/// compilation of both parsers in every host). Everything a script can reach of a
/// <see cref="PostDocument"/> is written, field by field, straight from the parsed objects; the host
/// rebuilds the same objects. A value the parser never produces (another field value, another
/// encoder) is refused, never dropped.
/// </summary>
internal sealed class PostDocumentFormatter : IMessagePackFormatter<PostDocument?>
{
    /// <summary>Findings of the parse (CL0xxx), in their wire form.</summary>
    private readonly IMessagePackFormatter<WireDiagnostic[]?> _diagnostics;

    /// <summary>A formatter writing the parse's findings with <paramref name="diagnostics"/>.</summary>
    public PostDocumentFormatter(IMessagePackFormatter<WireDiagnostic[]?> diagnostics) => _diagnostics = diagnostics;

    /// <inheritdoc />
    public void Serialize(ref MessagePackWriter writer, PostDocument? value, MessagePackSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNil();
            return;
        }

        writer.WriteArrayHeader(6);
        writer.Write(value.Source.Path);
        writer.Write(value.Source.Text);
        writer.Write((int)value.Kind);
        writer.WriteArrayHeader(value.Posts.Length);
        foreach (var post in value.Posts)
        {
            PostWire.Write(ref writer, post);
        }

        writer.WriteArrayHeader(value.Suppressions.Length);
        foreach (var suppression in value.Suppressions)
        {
            writer.WriteArrayHeader(8);
            writer.Write((int)suppression.Kind);
            WirePrimitives.WriteLocatedList(ref writer, suppression.Rules);
            writer.Write(suppression.Reason);
            WirePrimitives.WriteSpan(ref writer, suppression.Span);
            WirePrimitives.WriteSpan(ref writer, suppression.RemovalSpan);
            WirePrimitives.WriteSpan(ref writer, suppression.Scope);
        }

        _diagnostics.Serialize(ref writer, [.. value.Diagnostics.Select(d => WireCodec.ToWire(d))], options);
    }

    /// <inheritdoc />
    public PostDocument? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        if (reader.TryReadNil())
        {
            return null;
        }

        WirePrimitives.Expect(ref reader, 6, nameof(PostDocument));
        var source = new SourceDocument(WirePrimitives.Text(ref reader), WirePrimitives.Text(ref reader));
        var kind = (DocumentKind)reader.ReadInt32();
        var posts = new Post[reader.ReadArrayHeader()];
        for (var i = 0; i < posts.Length; i++)
        {
            posts[i] = PostWire.ReadPost(ref reader);
        }

        var suppressions = new SuppressionComment[reader.ReadArrayHeader()];
        for (var i = 0; i < suppressions.Length; i++)
        {
            WirePrimitives.Expect(ref reader, 8, nameof(SuppressionComment));
            suppressions[i] = new SuppressionComment(
                (SuppressionKind)reader.ReadInt32(), WirePrimitives.ReadLocatedList(ref reader), reader.ReadString(),
                WirePrimitives.ReadSpan(ref reader), WirePrimitives.ReadSpan(ref reader), WirePrimitives.ReadOptionalSpan(ref reader));
        }

        var diagnostics = _diagnostics.Deserialize(ref reader, options) ?? throw new MessagePackSerializationException("A parsed document of the rule host has no diagnostics array.");
        return new PostDocument(source, kind, [.. posts], [.. suppressions], WireCodec.FromWire(diagnostics, ParseRule));
    }

    private static RuleDescriptor ParseRule(string id) =>
        RuleCatalog.EngineRules.FirstOrDefault(r => r.Id == id) ?? throw new MessagePackSerializationException($"A parsed document carries a finding of {id}, which is not an engine rule.");
}
