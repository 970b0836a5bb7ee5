using ContentLint.Core.Documents;
using ContentLint.Core.Text;
using MessagePack;
using static ContentLint.RuleHost.Protocol.WirePrimitives;

namespace ContentLint.RuleHost.Protocol;

/// <summary>
/// One <see cref="Post"/> on the pipe (<see cref="PostDocumentFormatter"/>): an array of its
/// properties in declaration order; texts with their source maps (<see cref="MappedTextWire"/>).
/// </summary>
internal static class PostWire
{
    // Array elements, not properties: a span is written as two (its start and length).
    private const int PostFields = 18;

    public static void Write(ref MessagePackWriter w, Post post)
    {
        w.WriteArrayHeader(PostFields);
        w.Write(post.Id);
        WriteSpan(ref w, post.Span);
        WriteLocatedList(ref w, post.Channels);
        WriteLocated(ref w, post.Persona);
        if (post.Type is { } type)
        {
            w.WriteArrayHeader(3);
            w.Write((int)type.Value);
            WriteSpan(ref w, type.Span);
        }
        else
        {
            w.WriteNil();
        }

        WriteLocated(ref w, post.Lang);
        if (post.PublishAt is { } at)
        {
            w.WriteArrayHeader(4);
            w.Write(at.Value.Ticks);
            w.Write(at.Value.Offset.Ticks);
            WriteSpan(ref w, at.Span);
        }
        else
        {
            w.WriteNil();
        }

        w.Write(post.IsThread);
        MappedTextWire.WriteList(ref w, post.Parts);
        MappedTextWire.Write(ref w, post.Title);
        MappedTextWire.Write(ref w, post.AltText);
        MappedTextWire.WriteList(ref w, post.ImageDescriptions);
        MappedTextWire.Write(ref w, post.ContentWarning);
        WriteLocated(ref w, post.ReplyTo);
        w.WriteArrayHeader(post.Variants.Length);
        foreach (var variant in post.Variants)
        {
            w.WriteArrayHeader(4);
            WriteLocated(ref w, variant.Channel);
            MappedTextWire.WriteList(ref w, variant.Parts);
            WriteSpan(ref w, variant.ValueSpan);
        }

        FieldWire.Write(ref w, post.Fields);
        WriteLocatedList(ref w, post.DisabledRules);
    }

    public static Post ReadPost(ref MessagePackReader r)
    {
        Expect(ref r, PostFields, nameof(Post));
        var id = Text(ref r);
        var span = ReadSpan(ref r);
        var channels = ReadLocatedList(ref r);
        var persona = ReadLocated(ref r);
        Located<PostType>? type = null;
        if (!r.TryReadNil())
        {
            Expect(ref r, 3, "type");
            type = new Located<PostType>((PostType)r.ReadInt32(), ReadSpan(ref r));
        }

        var lang = ReadLocated(ref r);
        Located<DateTimeOffset>? publishAt = null;
        if (!r.TryReadNil())
        {
            Expect(ref r, 4, "publish_at");
            var ticks = r.ReadInt64();
            publishAt = new Located<DateTimeOffset>(new DateTimeOffset(ticks, new TimeSpan(r.ReadInt64())), ReadSpan(ref r));
        }

        var isThread = r.ReadBoolean();
        var parts = MappedTextWire.ReadList(ref r);
        var title = MappedTextWire.Read(ref r);
        var alt = MappedTextWire.Read(ref r);
        var images = MappedTextWire.ReadList(ref r);
        var warning = MappedTextWire.Read(ref r);
        var replyTo = ReadLocated(ref r);
        var variants = new PostVariant[r.ReadArrayHeader()];
        for (var i = 0; i < variants.Length; i++)
        {
            Expect(ref r, 4, nameof(PostVariant));
            variants[i] = new PostVariant(ReadLocated(ref r) ?? throw Nil("variant channel"), MappedTextWire.ReadList(ref r), ReadSpan(ref r));
        }

        return new Post
        {
            Id = id, Span = span, Channels = channels, Persona = persona, Type = type, Lang = lang, PublishAt = publishAt,
            IsThread = isThread, Parts = parts, Title = title, AltText = alt, ImageDescriptions = images, ContentWarning = warning,
            ReplyTo = replyTo, Variants = [.. variants], Fields = FieldWire.Read(ref r), DisabledRules = ReadLocatedList(ref r),
        };
    }
}
