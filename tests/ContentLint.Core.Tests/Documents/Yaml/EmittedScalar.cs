using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentLint.Core.Tests.Documents.Yaml;

/// <summary>A string value emitted by YamlDotNet in a requested style, at some depth, with some settings.</summary>
/// <param name="Value">The value.</param>
/// <param name="Style">Requested style; the emitter falls back to another when the value cannot be written in it.</param>
/// <param name="Width">Preferred line width (small widths make the emitter fold lines).</param>
/// <param name="Indent">Indentation step.</param>
/// <param name="Crlf">True for CRLF line breaks.</param>
/// <param name="Depth">-1 document level, 0 mapping value, 1 sequence item, 2 mapping value in a sequence item.</param>
/// <param name="Surrogates">True to escape non-BMP characters as UTF-16 surrogate pairs.</param>
public sealed record EmittedScalar(string Value, ScalarStyle Style, int Width, int Indent, bool Crlf, int Depth, bool Surrogates)
{
    public string Emit()
    {
        var settings = new EmitterSettings(Indent, Width, false, 1024, false, false, Crlf ? "\r\n" : "\n", Surrogates);
        var writer = new StringWriter();
        var emitter = new Emitter(writer, settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        if (Depth >= 0)
        {
            emitter.Emit(new MappingStart());
            emitter.Emit(new Scalar("key"));
        }

        if (Depth >= 1)
        {
            emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
        }

        if (Depth >= 2)
        {
            emitter.Emit(new MappingStart());
            emitter.Emit(new Scalar("inner"));
        }

        emitter.Emit(new Scalar(null, null, Value, Style, true, true));
        if (Depth >= 2)
        {
            emitter.Emit(new MappingEnd());
        }

        if (Depth >= 1)
        {
            emitter.Emit(new SequenceEnd());
        }

        if (Depth >= 0)
        {
            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    public override string ToString() =>
        $"{Style} depth {Depth} width {Width} indent {Indent} crlf {Crlf} surrogates {Surrogates}: \"{Escape(Value)}\"";

    public static string Escape(string text) => string.Concat(text.Select(c => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\\' => "\\\\",
        '"' => "\\\"",
        _ => c.ToString(),
    }));
}
