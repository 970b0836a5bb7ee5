using System.Collections.Immutable;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Text;
using MessagePack;

namespace ContentLint.RuleHost.Protocol;

/// <summary>
/// A <see cref="MappedText"/> on the pipe: its text, its source map's runs, its code and link
/// regions, and its encoder (which one, and what it was created with), so fixes are written back
/// into the source exactly as the parent's own parse would.
/// </summary>
internal static class MappedTextWire
{
    private enum EncoderKind
    {
        None,
        Verbatim,
        DoubleQuoted,
        SingleQuoted,
        Plain,
        Folded,
        Literal,
    }

    public static void Write(ref MessagePackWriter w, MappedText? text)
    {
        if (text is null)
        {
            w.WriteNil();
            return;
        }

        w.WriteArrayHeader(4);
        w.Write(text.Text);
        var runs = text.Map.Runs;
        w.WriteArrayHeader(runs.Count * 5);
        foreach (var run in runs)
        {
            w.Write(run.TextStart);
            w.Write(run.TextLength);
            w.Write(run.SourceStart);
            w.Write(run.SourceLength);
            w.Write(run.IsVerbatim ? 1 : 0);
        }

        w.WriteArrayHeader(text.Regions.Length * 3);
        foreach (var region in text.Regions)
        {
            w.Write((int)region.Kind);
            WirePrimitives.WriteSpan(ref w, region.Span);
        }

        WriteEncoder(ref w, text.Encoder);
    }

    public static MappedText? Read(ref MessagePackReader r)
    {
        if (r.TryReadNil())
        {
            return null;
        }

        WirePrimitives.Expect(ref r, 4, nameof(MappedText));
        var text = WirePrimitives.Text(ref r);
        var runs = new MapRun[Count(ref r, 5, "source map")];
        for (var i = 0; i < runs.Length; i++)
        {
            runs[i] = new MapRun(r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32() != 0);
        }

        var regions = ImmutableArray.CreateBuilder<TextRegion>(Count(ref r, 3, "region list"));
        for (var i = 0; i < regions.Capacity; i++)
        {
            regions.Add(new TextRegion((TextRegionKind)r.ReadInt32(), WirePrimitives.ReadSpan(ref r)));
        }

        return new MappedText(text, new SourceMap(runs, text.Length), ReadEncoder(ref r), regions.MoveToImmutable());
    }

    public static void WriteList(ref MessagePackWriter w, ImmutableArray<MappedText> texts)
    {
        w.WriteArrayHeader(texts.Length);
        foreach (var text in texts)
        {
            Write(ref w, text);
        }
    }

    public static ImmutableArray<MappedText> ReadList(ref MessagePackReader r)
    {
        var texts = ImmutableArray.CreateBuilder<MappedText>(r.ReadArrayHeader());
        for (var i = 0; i < texts.Capacity; i++)
        {
            texts.Add(Read(ref r) ?? throw WirePrimitives.Nil("text of a list"));
        }

        return texts.MoveToImmutable();
    }

    private static int Count(ref MessagePackReader r, int per, string what)
    {
        var values = r.ReadArrayHeader();
        return values % per == 0 ? values / per : throw new MessagePackSerializationException($"A {what} of the rule host has {values} values, not a multiple of {per}.");
    }

    private static void WriteEncoder(ref MessagePackWriter w, IReplacementEncoder? encoder)
    {
        var (kind, flag) = encoder switch
        {
            null => (EncoderKind.None, false),
            VerbatimEncoder => (EncoderKind.Verbatim, false),
            DoubleQuotedScalarEncoder e => (EncoderKind.DoubleQuoted, e.IsMultiline),
            SingleQuotedScalarEncoder e => (EncoderKind.SingleQuoted, e.IsMultiline),
            PlainScalarEncoder e => (EncoderKind.Plain, e.InFlowCollection),
            FoldedBlockEncoder e => (EncoderKind.Folded, e.ForMoreIndentedLines),
            LiteralBlockEncoder e => (EncoderKind.Literal, e.Arguments.HasIndentationIndicator),
            _ => throw new NotSupportedException($"The rule host cannot rebuild a text's {encoder.GetType().Name}."),
        };
        w.WriteArrayHeader(4);
        w.Write((int)kind);
        w.Write(flag);
        w.Write(encoder is LiteralBlockEncoder literal ? literal.Arguments.Indentation : 0);
        w.Write(encoder is LiteralBlockEncoder block ? block.Arguments.LineBreak : null);
    }

    private static IReplacementEncoder? ReadEncoder(ref MessagePackReader r)
    {
        WirePrimitives.Expect(ref r, 4, "encoder");
        var kind = (EncoderKind)r.ReadInt32();
        var flag = r.ReadBoolean();
        var indentation = r.ReadInt32();
        var lineBreak = r.ReadString();
        return kind switch
        {
            EncoderKind.None => null,
            EncoderKind.Verbatim => VerbatimEncoder.Instance,
            EncoderKind.DoubleQuoted => new DoubleQuotedScalarEncoder(flag),
            EncoderKind.SingleQuoted => new SingleQuotedScalarEncoder(flag),
            EncoderKind.Plain => new PlainScalarEncoder(flag),
            EncoderKind.Folded => new FoldedBlockEncoder(flag),
            EncoderKind.Literal => new LiteralBlockEncoder(indentation, flag, lineBreak ?? throw WirePrimitives.Nil("line break of a literal block")),
            _ => throw new MessagePackSerializationException($"Unknown text encoder {(int)kind} in a rule-host message."),
        };
    }
}
