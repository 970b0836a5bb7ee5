using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents.Markdown;

/// <summary>
/// Parses a Markdown post: YAML front matter between <c>---</c> lines, then a Markdown body.
/// A file without front matter naming a channel is not a post (a README) and yields no post.
/// </summary>
public static partial class MarkdownPostParser
{
    /// <summary>Parses <paramref name="document"/>.</summary>
    public static PostDocument Parse(SourceDocument document, IParseOptions configuration)
    {
        var text = document.Text;
        var diagnostics = new List<Diagnostic>();
        var frontMatter = FrontMatter.Find(text);
        if (frontMatter is null)
        {
            return Result(document, [], [], diagnostics);
        }

        if (frontMatter.Value.ClosingLine is null)
        {
            diagnostics.Add(Diagnostic.Create(ParseRules.UnclosedFrontMatter, frontMatter.Value.OpeningLine));
            return Result(document, [], [], diagnostics);
        }

        // Parse from offset 0 up to the closing line: the opening `---` is a YAML document marker, and
        // every YamlDotNet mark is then an offset into the file itself.
        var yaml = text[..frontMatter.Value.ClosingLine.Value.Start];
        var stream = YamlLoader.Load(yaml, out var error);
        if (stream is null)
        {
            diagnostics.Add(Diagnostic.Create(ParseRules.InvalidYaml, error.Span, ("problem", error.Message)));
            return Result(document, [], [], diagnostics);
        }

        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        if (root is null || root.IsNull())
        {
            return Result(document, [], [], diagnostics);
        }

        if (root is not YamlMappingNode map)
        {
            diagnostics.Add(Diagnostic.Create(FieldRules.InvalidFieldValue, root.GetTrimmedSpan(text), ("field", "front matter"), ("problem", $"expected a map of fields such as 'channel: linkedin', found {root.DescribeKind()}")));
            return Result(document, [], [], diagnostics);
        }

        var postSpan = new TextSpan(0, text.Length);
        var fieldDiagnostics = new List<Diagnostic>();
        var metadata = new PostMetadataReader(document, configuration, DocumentKind.MarkdownPost, fieldDiagnostics).Read(map, postSpan);
        if (metadata.Channels is null && !metadata.HasChannelLikeKey)
        {
            return Result(document, [], [], diagnostics); // Front matter of something else (a page, a README).
        }

        var postId = metadata.Id?.Value ?? Path.GetFileNameWithoutExtension(document.Path);
        diagnostics.AddRange(fieldDiagnostics.Select(d => d with { PostId = postId }));
        if (metadata.Channels is null)
        {
            diagnostics.Add(Diagnostic.Create(FieldRules.MissingChannel, frontMatter.Value.OpeningLine, ("post", postId)) with { PostId = postId });
        }

        var body = TextSpan.FromBounds(frontMatter.Value.ClosingLine.Value.End, text.Length);
        var partSpans = metadata.ThreadFlag ? MarkdownThreadSplitter.Split(text, body) : [body];
        var imageDescriptions = new List<MappedText>();
        var parts = partSpans.Select(span => Extract(text, span, postId, imageDescriptions, diagnostics)).ToImmutableArray();
        ReportEmptyParts(parts, partSpans, postId, frontMatter.Value.ClosingLine.Value, diagnostics);

        var post = metadata.ToPost(postId, postSpan, metadata.ThreadFlag, parts, [], metadata.Suppressions) with { ImageDescriptions = [.. imageDescriptions] };

        var suppressions = YamlSuppressionReader.Read(document, yaml, stream)
            .Concat(metadata.Suppressions)
            .Concat(HtmlSuppressions(document, body, parts));
        return Result(document, [post], [.. suppressions], diagnostics);
    }

    private static MappedText Extract(string text, TextSpan span, string postId, List<MappedText> imageDescriptions, List<Diagnostic> diagnostics)
    {
        var part = MarkdownTextExtractor.Extract(text, span, imageDescriptions, out var tooDeep);
        if (tooDeep is { } at)
        {
            diagnostics.Add(Diagnostic.Create(ParseRules.MarkdownTooDeep, at) with { PostId = postId });
        }

        return part;
    }

    private static void ReportEmptyParts(ImmutableArray<MappedText> parts, ImmutableArray<TextSpan> spans, string postId, TextSpan closingLine, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Text.Trim().Length > 0)
            {
                continue;
            }

            var hint = parts.Length == 1
                ? new LocalizedString(": write the post after the closing '---' of the front matter", "\u00A0: écrivez la publication après le «\u202F---\u202F» qui ferme l’en-tête")
                : new LocalizedString($" in thread part {i + 1} of {parts.Length}", $" dans la partie {i + 1} sur {parts.Length} du fil");
            var at = parts.Length == 1 ? closingLine : new TextSpan(spans[i].Start, 0);
            diagnostics.Add(Diagnostic.Create(ParseRules.MissingText, at, ("post", postId), ("hint", hint)) with { PostId = postId });
        }
    }

    private static IEnumerable<SuppressionComment> HtmlSuppressions(SourceDocument document, TextSpan body, ImmutableArray<MappedText> parts)
    {
        var codeSpans = parts.SelectMany(p => p.Regions.Where(r => r.Kind == TextRegionKind.Code).Select(r => p.Map.MapSpan(r.Span))).ToList();
        foreach (Match match in HtmlComment().Matches(document.Text, body.Start))
        {
            var span = new TextSpan(match.Index, match.Length);
            if (codeSpans.Any(code => code.Contains(span.Start)))
            {
                continue;
            }

            var inner = match.Groups["body"];
            if (SuppressionCommentParser.Parse(document.Text, inner.Index, inner.Index + inner.Length, span) is not { } directive)
            {
                continue;
            }

            TextSpan? scope = null;
            if (directive.Kind == SuppressionKind.DisableNextLine)
            {
                var lines = document.Lines;
                var next = lines.GetPosition(span.End).Line + 1;
                scope = next < lines.LineCount ? lines.GetLineSpan(next) : new TextSpan(document.Text.Length, 0);
            }

            yield return new SuppressionComment(directive.Kind, directive.Rules, directive.Reason, span, SuppressionCommentParser.RemovalSpan(document, span), scope);
        }
    }

    private static PostDocument Result(SourceDocument document, ImmutableArray<Post> posts, ImmutableArray<SuppressionComment> suppressions, List<Diagnostic> diagnostics) =>
        new(document, DocumentKind.MarkdownPost, posts, suppressions, [.. diagnostics]);

    [GeneratedRegex(@"<!--(?<body>.*?)-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();
}
