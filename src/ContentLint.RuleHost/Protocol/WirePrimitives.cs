using System.Collections.Immutable;
using ContentLint.Core.Text;
using MessagePack;

namespace ContentLint.RuleHost.Protocol;

/// <summary>The small pieces of a parsed document on the pipe: spans, located values, checked array headers and required texts.</summary>
internal static class WirePrimitives
{
    public static void WriteSpan(ref MessagePackWriter w, TextSpan span)
    {
        w.Write(span.Start);
        w.Write(span.Length);
    }

    public static TextSpan ReadSpan(ref MessagePackReader r) => new(r.ReadInt32(), r.ReadInt32());

    /// <summary>An optional span: nil, or its start and length in an array.</summary>
    public static void WriteSpan(ref MessagePackWriter w, TextSpan? span)
    {
        if (span is not { } value)
        {
            w.WriteNil();
            return;
        }

        w.WriteArrayHeader(2);
        WriteSpan(ref w, value);
    }

    public static TextSpan? ReadOptionalSpan(ref MessagePackReader r)
    {
        if (r.TryReadNil())
        {
            return null;
        }

        Expect(ref r, 2, "span");
        return ReadSpan(ref r);
    }

    public static void WriteLocated(ref MessagePackWriter w, Located<string>? located)
    {
        if (located is not { } value)
        {
            w.WriteNil();
            return;
        }

        w.WriteArrayHeader(3);
        w.Write(value.Value);
        WriteSpan(ref w, value.Span);
    }

    public static Located<string>? ReadLocated(ref MessagePackReader r)
    {
        if (r.TryReadNil())
        {
            return null;
        }

        Expect(ref r, 3, "located value");
        return new Located<string>(Text(ref r), ReadSpan(ref r));
    }

    public static void WriteLocatedList(ref MessagePackWriter w, ImmutableArray<Located<string>> values)
    {
        w.WriteArrayHeader(values.Length);
        foreach (var value in values)
        {
            WriteLocated(ref w, value);
        }
    }

    public static ImmutableArray<Located<string>> ReadLocatedList(ref MessagePackReader r)
    {
        var values = ImmutableArray.CreateBuilder<Located<string>>(r.ReadArrayHeader());
        for (var i = 0; i < values.Capacity; i++)
        {
            values.Add(ReadLocated(ref r) ?? throw Nil("located value"));
        }

        return values.MoveToImmutable();
    }

    /// <summary>Reads the header of an array of <paramref name="count"/> items, or refuses the message.</summary>
    public static void Expect(ref MessagePackReader r, int count, string what)
    {
        var found = r.ReadArrayHeader();
        if (found != count)
        {
            throw new MessagePackSerializationException($"A {what} of the rule host has {found} fields, not {count}.");
        }
    }

    public static string Text(ref MessagePackReader r) => r.ReadString() ?? throw Nil("text");

    public static MessagePackSerializationException Nil(string what) => new($"A required {what} of a parsed document is nil.");
}
