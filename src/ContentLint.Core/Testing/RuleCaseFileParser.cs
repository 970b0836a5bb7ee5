using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Testing;

/// <summary>Reads a <c>*.cases.yaml</c> file; problems are <see cref="FormatException"/>s naming the line and column.</summary>
public static class RuleCaseFileParser
{
    /// <summary>Parses <paramref name="source"/> (its path locates <c>ruleFile</c>).</summary>
    public static RuleCaseFile Parse(SourceDocument source)
    {
        var stream = YamlLoader.Load(source.Text, out var error);
        if (stream is null)
        {
            throw Problem(source, error.Span.Start, $"invalid YAML: {error.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Problem(source, 0, "a case file is a map with 'rule' and 'cases'");
        }

        var rule = Scalar(source, root, "rule") ?? throw Problem(source, 0, "missing 'rule': the ID or name of the rule under test");
        var ruleFile = Scalar(source, root, "ruleFile") is { } relative
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(source.Path))!, relative))
            : null;
        if (Child(root, "cases") is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw Problem(source, root.GetSpan().Start, "missing 'cases': a list of {name, post} cases");
        }

        var cases = list.Children.Select(node => ReadCase(source, node)).ToImmutableArray();
        return new RuleCaseFile(source.Path, rule, ruleFile, Scalar(source, root, "config"), cases);
    }

    private static RuleCase ReadCase(SourceDocument source, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Problem(source, node.GetSpan().Start, "each case is a map with 'name' and 'post'");
        }

        var name = Scalar(source, map, "name") ?? throw Problem(source, map.GetSpan().Start, "a case needs a 'name'");
        var post = Scalar(source, map, "post") ?? throw Problem(source, map.GetSpan().Start, $"case '{name}' needs a 'post' (the post with markup)");
        var messages = new Dictionary<int, string>();
        if (Child(map, "expect") is YamlMappingNode expect)
        {
            foreach (var (key, value) in expect.Children)
            {
                var label = (key.AsScalarValue() ?? string.Empty).TrimStart('#');
                if (!int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || value.AsScalarValue() is not { } message)
                {
                    throw Problem(source, key.GetSpan().Start, "'expect' maps marker numbers to messages: {0: \"message\"}");
                }

                messages[index] = message;
            }
        }

        var line = source.Lines.GetPosition(map.GetSpan().Start).OneBasedLine;
        return new RuleCase(name, Scalar(source, map, "file") ?? "post.md", post, messages, Scalar(source, map, "config"), line);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(SourceDocument source, YamlMappingNode map, string key) => Child(map, key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        var other => throw Problem(source, other.GetSpan().Start, $"'{key}' must be text"),
    };

    private static FormatException Problem(SourceDocument source, int offset, string message)
    {
        var at = source.Lines.GetPosition(offset);
        return new FormatException($"{source.Path}({at.OneBasedLine},{at.OneBasedColumn}): {message}");
    }
}
