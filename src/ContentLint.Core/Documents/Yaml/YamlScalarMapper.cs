using ContentLint.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Maps the value of a YAML scalar back to its exact source characters, for every scalar style.
/// </summary>
/// <remarks>
/// The scalar's source is re-read the way YamlDotNet's scanner reads it. Characters that appear in
/// the value as they are in the source are verbatim runs; escapes, <c>''</c>, folded line breaks
/// and CRLF line breaks are synthetic runs spanning their whole source sequence. The re-read text
/// is checked against the parser's value and an <see cref="InvalidOperationException"/> is thrown
/// if they differ, so a map is never silently wrong. Offsets are UTF-16 offsets into the string
/// given to YamlDotNet. YamlDotNet 18.1.0 does not skip a leading U+FEFF: it reads it as the first
/// character of the first scalar, so callers should parse the text without its byte-order mark
/// (<see cref="SourceDocument.Text"/>).
/// <para>
/// In block scalars, the line breaks between two content lines map together with the next line's
/// indentation, so that an edit across them, written back by the literal encoder as a line break
/// plus indentation, does not indent twice. The encoders judge a replacement without knowing where
/// it lands, so they refuse what could change the YAML somewhere; an edit that removes the leading
/// or trailing line breaks of a block scalar is beyond what they can judge.
/// </para>
/// </remarks>
public static class YamlScalarMapper
{
    /// <summary>Maps the value of <paramref name="node"/>, parsed by YamlDotNet from <paramref name="source"/>.</summary>
    /// <param name="source">The exact string given to YamlDotNet.</param>
    /// <param name="node">A scalar node of that parse.</param>
    /// <returns>The node's value with its source map and the encoder that writes fixes back in its style.</returns>
    /// <exception cref="InvalidOperationException">The source does not read back as the node's value.</exception>
    public static MappedText Map(string source, YamlScalarNode node)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(node);
        return Map(source, checked((int)node.Start.Index), checked((int)node.End.Index), node.Style, node.Value ?? string.Empty);
    }

    /// <summary>Maps the value of a scalar from YamlDotNet's marks, style and value.</summary>
    /// <param name="source">The exact string given to YamlDotNet.</param>
    /// <param name="startIndex">The node's start mark (its anchor or tag, if any, else its first character).</param>
    /// <param name="endIndex">The node's end mark.</param>
    /// <param name="style">The style it was written in.</param>
    /// <param name="value">The value YamlDotNet read.</param>
    /// <returns>The value with its source map and the encoder that writes fixes back in its style.</returns>
    /// <exception cref="InvalidOperationException">The source does not read back as <paramref name="value"/>.</exception>
    public static MappedText Map(string source, int startIndex, int endIndex, ScalarStyle style, string value)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(startIndex);
        ArgumentOutOfRangeException.ThrowIfLessThan(endIndex, startIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endIndex, source.Length);

        var start = YamlNodeProperties.Skip(source, startIndex, endIndex);
        try
        {
            return style switch
            {
                ScalarStyle.Plain => Verify(source, start, style, value, MapFlow(source, start, endIndex, style)
                    .Build(new PlainScalarEncoder(YamlFlowContext.IsInFlowCollection(source, startIndex, endIndex)))),
                ScalarStyle.SingleQuoted => Verify(source, start, style, value, MapFlow(source, start, endIndex, style)
                    .Build(new SingleQuotedScalarEncoder(YamlChars.ContainsBreak(source, start, endIndex)))),
                ScalarStyle.DoubleQuoted => Verify(source, start, style, value, MapFlow(source, start, endIndex, style)
                    .Build(new DoubleQuotedScalarEncoder(YamlChars.ContainsBreak(source, start, endIndex)))),
                ScalarStyle.Literal or ScalarStyle.Folded => MapBlock(source, start, endIndex, style, value),
                _ => throw new ArgumentException($"A parsed scalar has a concrete style, not {style}.", nameof(style)),
            };
        }
        catch (FormatException e)
        {
            throw Mismatch(source, start, style, e.Message, e);
        }
    }

    private static MappedTextBuilder MapFlow(string source, int start, int end, ScalarStyle style)
    {
        var builder = new MappedTextBuilder(source);
        if (style == ScalarStyle.Plain)
        {
            PlainScalarScanner.Scan(source, start, end, builder);
        }
        else
        {
            QuotedScalarScanner.Scan(source, start, end, style == ScalarStyle.SingleQuoted, builder);
        }

        return builder;
    }

    // The indentation indicator of a block scalar counts from the enclosing collection's
    // indentation, which the node does not tell: try each one its position allows.
    private static MappedText MapBlock(string source, int start, int end, ScalarStyle style, string value)
    {
        var header = BlockScalarHeader.Parse(source, start, end);
        if (header.IsLiteral != (style == ScalarStyle.Literal))
        {
            throw Mismatch(source, start, style, $"the source has the indicator '{source[start]}'.", inner: null);
        }

        var lineStart = start;
        while (lineStart > 0 && !YamlChars.IsBreak(source[lineStart - 1]))
        {
            lineStart--;
        }

        var lineBreak = header.ContentStart >= 2 && source[header.ContentStart - 1] == '\n' && source[header.ContentStart - 2] == '\r'
            ? "\r\n"
            : "\n";
        MappedText? first = null;
        for (var parentIndent = -1; parentIndent < start - lineStart; parentIndent++)
        {
            var builder = new MappedTextBuilder(source);
            var indent = BlockScalarScanner.Scan(source, header, end, parentIndent, builder);
            IReplacementEncoder encoder = header.IsLiteral
                ? new LiteralBlockEncoder(indent, header.Increment != 0, lineBreak)
                : new FoldedBlockEncoder(FoldedBlockEncoder.HasMoreIndentedLines(value));
            var mapped = builder.Build(encoder);
            if (mapped.Text == value)
            {
                return mapped;
            }

            first ??= mapped;
        }

        return Verify(source, start, style, value, first!);
    }

    private static MappedText Verify(string source, int start, ScalarStyle style, string value, MappedText mapped)
    {
        if (mapped.Text == value)
        {
            return mapped;
        }

        var at = 0;
        while (at < value.Length && at < mapped.Text.Length && value[at] == mapped.Text[at])
        {
            at++;
        }

        throw Mismatch(source, start, style,
            $"re-read \"{Preview(mapped.Text, at)}\" where YamlDotNet read \"{Preview(value, at)}\" (first difference at value offset {at}).",
            inner: null);
    }

    private static InvalidOperationException Mismatch(string source, int start, ScalarStyle style, string detail, Exception? inner)
    {
        var position = new LineMap(source).GetPosition(start);
        return new InvalidOperationException(
            $"Cannot map the {style} YAML scalar at {position} (offset {start}) to its source: {detail}", inner);
    }

    private static string Preview(string text, int at)
    {
        var from = Math.Max(0, at - 10);
        var slice = text.Substring(from, Math.Min(text.Length - from, 30));
        return slice.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
    }
}
