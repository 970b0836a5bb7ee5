using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Parses a <c>*.posts.yaml</c> calendar: a <c>defaults:</c> map inherited by every entry of a
/// <c>posts:</c> list; each entry has <c>text:</c> or <c>thread:</c>, and optional <c>variants:</c>.
/// </summary>
public static class YamlCalendarParser
{
    private static readonly string[] RootKeys = ["defaults", "posts"];

    /// <summary>Parses <paramref name="document"/>.</summary>
    public static PostDocument Parse(SourceDocument document, IParseOptions configuration)
    {
        var text = document.Text;
        var diagnostics = new List<Diagnostic>();
        var stream = YamlLoader.Load(text, out var error);
        if (stream is null)
        {
            diagnostics.Add(Diagnostic.Create(ParseRules.InvalidYaml, error.Span, ("problem", error.Message)));
            return Result(document, [], [], diagnostics);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count == 0 ? new TextSpan(0, 0) : stream.Documents[0].RootNode.GetTrimmedSpan(text);
            diagnostics.Add(Diagnostic.Create(FieldRules.InvalidFieldValue, at, ("field", "calendar"), ("problem", "a calendar is a map with a 'posts:' list (and optional 'defaults:')")));
            return Result(document, [], [], diagnostics);
        }

        var reader = new PostMetadataReader(document, configuration, DocumentKind.YamlCalendar, diagnostics);
        var defaults = new PostMetadata();
        YamlSequenceNode? postsNode = null;
        foreach (var (keyNode, value) in root.Children)
        {
            switch (keyNode.AsScalarValue())
            {
                case "defaults" when value is YamlMappingNode map:
                    defaults = reader.Read(map, new TextSpan(0, text.Length));
                    break;
                case "posts" when value is YamlSequenceNode list:
                    postsNode = list;
                    break;
                case "defaults" or "posts":
                    diagnostics.Add(Diagnostic.Create(FieldRules.InvalidFieldValue, value.GetTrimmedSpan(text), ("field", keyNode.AsScalarValue()), ("problem", $"expected {(keyNode.AsScalarValue() == "posts" ? "a list of posts" : "a map of fields")}, found {value.DescribeKind()}")));
                    break;
                default:
                    var key = keyNode.AsScalarValue() ?? string.Empty;
                    diagnostics.Add(Diagnostic.Create(FieldRules.UnknownField, keyNode.GetSpan(), ("field", key), ("suggestion", Suggestions.DidYouMeanPlaceholder(Suggestions.Closest(key, RootKeys)))));
                    break;
            }
        }

        if (postsNode is null && !diagnostics.Any(d => d.Rule == FieldRules.InvalidFieldValue))
        {
            diagnostics.Add(Diagnostic.Create(FieldRules.InvalidFieldValue, root.GetTrimmedSpan(text), ("field", "posts"), ("problem", "the calendar has no 'posts:' list")));
        }

        var entries = new CalendarEntryReader(document, reader, defaults, diagnostics);
        var posts = postsNode?.Children.Select((node, index) => entries.Read(node, index)).OfType<Post>().ToImmutableArray() ?? [];
        ReportDuplicateIds(document, posts, diagnostics);
        var suppressions = YamlSuppressionReader.Read(document, text, stream)
            .Concat(defaults.Suppressions)
            .Concat(entries.Suppressions);
        return Result(document, posts, [.. suppressions], diagnostics);
    }

    private static void ReportDuplicateIds(SourceDocument document, ImmutableArray<Post> posts, List<Diagnostic> diagnostics)
    {
        foreach (var group in posts.Where(p => p.Fields.ContainsKey("id")).GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            var first = group.First().Fields["id"].ValueSpan;
            foreach (var duplicate in group.Skip(1))
            {
                var line = document.Lines.GetPosition(first.Start).OneBasedLine;
                diagnostics.Add(Diagnostic.Create(FieldRules.InvalidFieldValue, duplicate.Fields["id"].ValueSpan, ("field", "id"), ("problem", $"'{group.Key}' is already the id of the post at line {line}; ids must be unique")) with { PostId = duplicate.Id });
            }
        }
    }

    private static PostDocument Result(SourceDocument document, ImmutableArray<Post> posts, ImmutableArray<SuppressionComment> suppressions, List<Diagnostic> diagnostics) =>
        new(document, DocumentKind.YamlCalendar, posts, suppressions, [.. diagnostics]);
}
