using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Finds <c># contentlint-…</c> comments in YAML. A <c>disable-next-line</c> comment covers the next
/// line and every YAML node introduced on it (see <see cref="YamlLineOwners"/>), so a comment above
/// <c>text: |</c> covers the whole block, one above <c>- id: …</c> the whole post — and only that post,
/// even when it is the first entry under <c>posts:</c>.
/// </summary>
internal static class YamlSuppressionReader
{
    /// <summary>Reads the suppression comments of <paramref name="yaml"/>, which starts at offset 0 of <paramref name="document"/>'s text.</summary>
    public static ImmutableArray<SuppressionComment> Read(SourceDocument document, string yaml, YamlStream stream)
    {
        if (!yaml.Contains(SuppressionCommentParser.Marker, StringComparison.Ordinal))
        {
            return []; // no directive anywhere: skip the second scan of the whole file (≈ 6 % of a batch's CPU)
        }

        var result = ImmutableArray.CreateBuilder<SuppressionComment>();
        // Comments are read from the scanner's tokens: YamlDotNet's parser fails on YAML it loads when
        // it is given comments (a comment line after `key: [a, b]`), and the tokens need no grammar.
        var scanner = new Scanner(new StringReader(yaml), skipComments: false);
        YamlNodeStarts? nodes = null;
        while (scanner.MoveNext())
        {
            if (scanner.Current is not Comment comment)
            {
                continue;
            }

            var start = (int)comment.Start.Index;
            var end = (int)comment.End.Index;
            if (start >= end || yaml[start] != '#')
            {
                continue;
            }

            var span = TextSpan.FromBounds(start, end);
            var parsed = SuppressionCommentParser.Parse(document.Text, start + 1, end, span);
            if (parsed is not { } directive)
            {
                continue;
            }

            TextSpan? scope = null;
            if (directive.Kind == SuppressionKind.DisableNextLine)
            {
                nodes ??= new YamlNodeStarts(document.Text, stream, yaml);
                scope = NextLineScope(document, nodes, span);
            }

            result.Add(new SuppressionComment(directive.Kind, directive.Rules, directive.Reason, span, SuppressionCommentParser.RemovalSpan(document, span), scope));
        }

        return result.ToImmutable();
    }

    private static TextSpan NextLineScope(SourceDocument document, YamlNodeStarts nodes, TextSpan comment)
    {
        var lines = document.Lines;
        var nextLine = lines.GetPosition(comment.End).Line + 1;
        if (nextLine >= lines.LineCount)
        {
            return new TextSpan(document.Text.Length, 0);
        }

        var lineSpan = lines.GetLineSpan(nextLine);
        return TextSpan.FromBounds(lineSpan.Start, nodes.FurthestEnd(lineSpan.Start, lineSpan.End, lineSpan.End));
    }
}
