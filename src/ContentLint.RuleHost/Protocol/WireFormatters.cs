using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace ContentLint.RuleHost.Protocol;

/// <summary>
/// Written-out MessagePack formatters for the messages of <see cref="IRuleHost"/>: the standard
/// resolver would generate IL for each of them at the first call, in both processes of every run
/// with script rules. Each message is an array of its fields in the order of their <c>Key</c>s
/// (the layout the attributes describe); a field count that does not match is refused.
/// </summary>
internal static class WireFormatters
{
    // Declared before the resolver that lists them: static fields are initialized in this order.
    private static readonly ArrayFormatter<WireDiagnostic> Diagnostics = new();
    private static readonly ArrayFormatter<WireEdit> Edits = new();
    private static readonly IMessagePackFormatter<int[]?> Indexes = Int32ArrayFormatter.Instance;
    private static readonly IMessagePackFormatter<string?[]?> Texts = NullableStringArrayFormatter.Instance;
    private static readonly ArrayFormatter<WireArgument> Arguments = new();
    private static readonly ArrayFormatter<WireFix> Fixes = new();
    private static readonly PostDocumentFormatter Documents = new(Diagnostics);
    private static readonly ArrayFormatter<Core.Documents.PostDocument> DocumentList = new();

    /// <summary>These formatters first, then the standard ones (strings, numbers, arrays of them).</summary>
    public static IFormatterResolver Resolver { get; } = CompositeResolver.Create(
        [
            Record(3, (ref MessagePackWriter w, MessagePackSerializerOptions _, HostSetup v) => { w.Write(v.ConfigPath); w.Write(v.Yaml); w.Write(v.Root); }, (ref MessagePackReader r, MessagePackSerializerOptions _) => new HostSetup(Text(ref r), r.ReadString(), r.ReadString())),
            Record(3, (ref MessagePackWriter w, MessagePackSerializerOptions _, ScriptFile v) => Write(ref w, v.Config, v.Path, v.Text), (ref MessagePackReader r, MessagePackSerializerOptions _) => new ScriptFile(Text(ref r), Text(ref r), Text(ref r))),
            Record(2, (ref MessagePackWriter w, MessagePackSerializerOptions o, ScriptLoadReply v) => { w.Write(v.Loaded); Diagnostics.Serialize(ref w, v.Diagnostics, o); }, (ref MessagePackReader r, MessagePackSerializerOptions o) => new ScriptLoadReply(r.ReadBoolean(), Required(Diagnostics.Deserialize(ref r, o)))),
            Record(4, WritePostBatch, (ref MessagePackReader r, MessagePackSerializerOptions o) => new PostBatch(Text(ref r), Required(Documents.Deserialize(ref r, o)), Required(Indexes.Deserialize(ref r, o)), Required(Texts.Deserialize(ref r, o)))),
            Record(3, WriteRunBatch, (ref MessagePackReader r, MessagePackSerializerOptions o) => new RunBatch(Text(ref r), Text(ref r), Required(DocumentList.Deserialize(ref r, o)))),
            Record(8, WriteDiagnostic, ReadDiagnostic),
            Record(4, WriteArgument, (ref MessagePackReader r, MessagePackSerializerOptions _) => new WireArgument(Text(ref r), r.ReadString(), r.ReadString(), r.TryReadNil() ? null : r.ReadInt64())),
            Record(2, (ref MessagePackWriter w, MessagePackSerializerOptions o, WireFix v) => { w.Write(v.Title); Edits.Serialize(ref w, v.Edits, o); }, (ref MessagePackReader r, MessagePackSerializerOptions o) => new WireFix(Text(ref r), Required(Edits.Deserialize(ref r, o)))),
            Record(3, (ref MessagePackWriter w, MessagePackSerializerOptions _, WireEdit v) => { w.Write(v.Start); w.Write(v.Length); w.Write(v.NewText); }, (ref MessagePackReader r, MessagePackSerializerOptions _) => new WireEdit(r.ReadInt32(), r.ReadInt32(), Text(ref r))),
            Record(4, WriteStats, (ref MessagePackReader r, MessagePackSerializerOptions _) => new HostStats(r.ReadInt32(), r.ReadInt32(), r.ReadBoolean(), Text(ref r))),
            Documents, DocumentList, new ArrayFormatter<ScriptFile>(), new ArrayFormatter<ScriptLoadReply>(), new ArrayFormatter<PostBatch>(), Diagnostics, new ArrayFormatter<WireDiagnostic[]>(), Arguments, Fixes, Edits,
        ],
        [StandardResolver.Instance]);

    private delegate void Writer<in T>(ref MessagePackWriter writer, MessagePackSerializerOptions options, T value);

    private delegate T Reader<out T>(ref MessagePackReader reader, MessagePackSerializerOptions options);

    private static RecordFormatter<T> Record<T>(int fields, Writer<T> write, Reader<T> read)
        where T : class => new(fields, write, read);

    private static void Write(ref MessagePackWriter w, string a, string b, string c)
    {
        w.Write(a);
        w.Write(b);
        w.Write(c);
    }

    private static void WritePostBatch(ref MessagePackWriter w, MessagePackSerializerOptions o, PostBatch v)
    {
        w.Write(v.Config);
        Documents.Serialize(ref w, v.Document, o);
        Indexes.Serialize(ref w, v.Posts, o);
        Texts.Serialize(ref w, v.Rules, o);
    }

    private static void WriteRunBatch(ref MessagePackWriter w, MessagePackSerializerOptions o, RunBatch v)
    {
        w.Write(v.Config);
        w.Write(v.Rule);
        DocumentList.Serialize(ref w, v.Documents, o);
    }

    private static void WriteDiagnostic(ref MessagePackWriter w, MessagePackSerializerOptions o, WireDiagnostic v)
    {
        w.Write(v.Rule);
        w.Write(v.Start);
        w.Write(v.Length);
        w.Write(v.Message);
        Arguments.Serialize(ref w, v.Arguments, o);
        Fixes.Serialize(ref w, v.Fixes, o);
        w.Write(v.PostId);
        w.Write(v.Document);
    }

    private static WireDiagnostic ReadDiagnostic(ref MessagePackReader r, MessagePackSerializerOptions o) => new(
        Text(ref r), r.ReadInt32(), r.ReadInt32(), Text(ref r),
        Arguments.Deserialize(ref r, o),
        Required(Fixes.Deserialize(ref r, o)),
        r.ReadString(), r.ReadInt32());

    private static void WriteArgument(ref MessagePackWriter w, MessagePackSerializerOptions o, WireArgument v)
    {
        w.Write(v.Name);
        w.Write(v.Text);
        w.Write(v.French);
        if (v.Number is { } number)
        {
            w.Write(number);
        }
        else
        {
            w.WriteNil();
        }
    }

    private static void WriteStats(ref MessagePackWriter w, MessagePackSerializerOptions o, HostStats v)
    {
        w.Write(v.Compiled);
        w.Write(v.CacheHits);
        w.Write(v.CompilerLoaded);
        w.Write(v.CacheDirectory);
    }

    private static string Text(ref MessagePackReader r) => r.ReadString() ?? throw new MessagePackSerializationException("A required text of a rule-host message is nil.");

    private static T Required<T>(T? value)
        where T : class => value ?? throw new MessagePackSerializationException("A required array of a rule-host message is nil.");

    private static string[] Required(string?[]? values) => values?.Select(v => v ?? throw new MessagePackSerializationException("A text of a rule-host message is nil.")).ToArray() ?? throw new MessagePackSerializationException("A required array of a rule-host message is nil.");

    /// <summary>A message as an array of its fields; nil for null.</summary>
    private sealed class RecordFormatter<T>(int fields, Writer<T> write, Reader<T> read) : IMessagePackFormatter<T?>
        where T : class
    {
        public void Serialize(ref MessagePackWriter writer, T? value, MessagePackSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNil();
                return;
            }

            writer.WriteArrayHeader(fields);
            write(ref writer, options, value);
        }

        public T? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
        {
            if (reader.TryReadNil())
            {
                return null;
            }

            var count = reader.ReadArrayHeader();
            return count == fields ? read(ref reader, options) : throw new MessagePackSerializationException($"A {typeof(T).Name} of the rule host has {count} fields, not {fields}.");
        }
    }
}
