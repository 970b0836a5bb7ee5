using System.Collections.Immutable;
using ContentLint.Core.Documents;
using MessagePack;

namespace ContentLint.RuleHost.Protocol;

/// <summary>
/// A post's fields on the pipe: each <see cref="PostField"/> with its value as the parser makes it — a
/// string (or null) for a scalar, an <see cref="ImmutableArray{T}"/> of values for a list, an
/// <see cref="ImmutableDictionary{TKey, TValue}"/> of them for a map — rebuilt as the same types.
/// </summary>
internal static class FieldWire
{
    public static void Write(ref MessagePackWriter w, ImmutableDictionary<string, PostField> fields)
    {
        w.WriteMapHeader(fields.Count);
        foreach (var (key, field) in fields)
        {
            w.Write(key);
            w.WriteArrayHeader(7);
            w.Write(field.Key);
            WirePrimitives.WriteSpan(ref w, field.KeySpan);
            WirePrimitives.WriteSpan(ref w, field.ValueSpan);
            w.Write(field.IsInherited);
            WriteValue(ref w, field.Value);
        }
    }

    public static ImmutableDictionary<string, PostField> Read(ref MessagePackReader r)
    {
        var count = r.ReadMapHeader();
        var fields = ImmutableDictionary.CreateBuilder<string, PostField>();
        for (var i = 0; i < count; i++)
        {
            var key = WirePrimitives.Text(ref r);
            WirePrimitives.Expect(ref r, 7, nameof(PostField));
            var name = WirePrimitives.Text(ref r);
            var keySpan = WirePrimitives.ReadSpan(ref r);
            var valueSpan = WirePrimitives.ReadSpan(ref r);
            var inherited = r.ReadBoolean();
            fields.Add(key, new PostField(name, keySpan, valueSpan, ReadValue(ref r), inherited));
        }

        return fields.ToImmutable();
    }

    private static void WriteValue(ref MessagePackWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNil();
                break;
            case string text:
                w.Write(text);
                break;
            case ImmutableArray<object?> list:
                w.WriteArrayHeader(list.Length);
                foreach (var item in list)
                {
                    WriteValue(ref w, item);
                }

                break;
            case ImmutableDictionary<string, object?> map:
                w.WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    w.Write(key);
                    WriteValue(ref w, item);
                }

                break;
            default:
                throw new NotSupportedException($"The rule host cannot send a field value of type {value.GetType().Name}.");
        }
    }

    private static object? ReadValue(ref MessagePackReader r)
    {
        switch (r.NextMessagePackType)
        {
            case MessagePackType.Nil:
                r.ReadNil();
                return null;
            case MessagePackType.String:
                return r.ReadString();
            case MessagePackType.Array:
                var list = ImmutableArray.CreateBuilder<object?>(r.ReadArrayHeader());
                for (var i = 0; i < list.Capacity; i++)
                {
                    list.Add(ReadValue(ref r));
                }

                return list.MoveToImmutable();
            case MessagePackType.Map:
                var count = r.ReadMapHeader();
                var map = ImmutableDictionary.CreateBuilder<string, object?>();
                for (var i = 0; i < count; i++)
                {
                    map.Add(WirePrimitives.Text(ref r), ReadValue(ref r));
                }

                return map.ToImmutable();
            default:
                throw new MessagePackSerializationException($"A field value of type {r.NextMessagePackType} in a rule-host message.");
        }
    }
}
