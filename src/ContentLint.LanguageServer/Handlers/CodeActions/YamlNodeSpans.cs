using ContentLint.Core.Documents.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentLint.LanguageServer.Handlers.CodeActions;

/// <summary>
/// The span of every YAML node, from the parser's events (duplicate keys do not stop it; a syntax
/// error keeps what came before). Where a comment may go, and what a comment above a line covers.
/// </summary>
internal static class YamlNodeSpans
{
    public static List<YamlNodeSpan> Read(string yaml)
    {
        var spans = new List<YamlNodeSpan>();
        var open = new Stack<(int Start, bool IsFlow)>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case Scalar scalar:
                        spans.Add(Span(yaml, (int)scalar.Start.Index, (int)scalar.End.Index, isScalarOrFlow: true));
                        break;
                    case SequenceStart sequence:
                        open.Push(((int)sequence.Start.Index, sequence.Style == SequenceStyle.Flow));
                        break;
                    case MappingStart mapping:
                        open.Push(((int)mapping.Start.Index, mapping.Style == MappingStyle.Flow));
                        break;
                    case SequenceEnd or MappingEnd when open.Count > 0:
                        var (start, isFlow) = open.Pop();
                        spans.Add(Span(yaml, start, (int)parser.Current.End.Index, isFlow));
                        break;
                }
            }
        }
        catch (Exception ex) when (YamlErrors.IsParserFailure(ex))
        {
            // Invalid YAML: the nodes read so far still tell where comments may go.
        }

        return spans;
    }

    private static YamlNodeSpan Span(string yaml, int start, int end, bool isScalarOrFlow)
    {
        end = Math.Min(end, yaml.Length);
        while (end > start && char.IsWhiteSpace(yaml[end - 1]))
        {
            end--;
        }

        return new YamlNodeSpan(start, end, isScalarOrFlow && yaml.AsSpan(start, end - start).ContainsAny('\r', '\n'));
    }
}
