using ContentLint.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>Source spans and typed access for YamlDotNet representation nodes.</summary>
public static class YamlNodeExtensions
{
    /// <summary>
    /// The node's source span (YamlDotNet marks are UTF-16 offsets into the parsed string). YamlDotNet
    /// gives collections an end equal to their start, so a collection ends with its last child here;
    /// <see cref="GetTrimmedSpan"/> also includes a flow collection's closing bracket.
    /// </summary>
    public static TextSpan GetSpan(this YamlNode node)
    {
        var start = (int)node.Start.Index;
        var end = node switch
        {
            YamlSequenceNode sequence => sequence.Children.Select(c => c.GetSpan().End).DefaultIfEmpty(start).Max(),
            YamlMappingNode map => map.Children.Select(c => Math.Max(c.Key.GetSpan().End, c.Value.GetSpan().End)).DefaultIfEmpty(start).Max(),
            _ => (int)node.End.Index,
        };
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>The node's span with trailing line breaks and spaces dropped (block scalars end on the next line), flow brackets included.</summary>
    public static TextSpan GetTrimmedSpan(this YamlNode node, string source)
    {
        // YamlDotNet marks the empty node after a final "---" one past the end of the stream.
        var span = node.GetSpan();
        span = TextSpan.FromBounds(Math.Min(span.Start, source.Length), Math.Min(span.End, source.Length));
        if (node is YamlSequenceNode or YamlMappingNode && span.Start < source.Length && source[span.Start] is '[' or '{')
        {
            var closing = source[span.Start] == '[' ? ']' : '}';
            var at = span.IsEmpty ? span.Start + 1 : span.End;
            while (at < source.Length && source[at] != closing && (char.IsWhiteSpace(source[at]) || source[at] is ',' or '"' or '\''))
            {
                at++;
            }

            if (at < source.Length && source[at] == closing)
            {
                span = TextSpan.FromBounds(span.Start, at + 1);
            }
        }

        var end = Math.Min(span.End, source.Length);
        while (end > span.Start && char.IsWhiteSpace(source[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(span.Start, end);
    }

    /// <summary>The scalar's value, or null for collections.</summary>
    public static string? AsScalarValue(this YamlNode node) => (node as YamlScalarNode)?.Value;

    /// <summary>A short description of the node's kind, for messages ("a list", "a map", "text").</summary>
    public static string DescribeKind(this YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a map",
        YamlScalarNode { Value: null or "" or "~" or "null" } => "empty",
        _ => "text",
    };

    /// <summary>True for an explicit or implicit YAML null (<c>~</c>, <c>null</c>, nothing).</summary>
    public static bool IsNull(this YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
