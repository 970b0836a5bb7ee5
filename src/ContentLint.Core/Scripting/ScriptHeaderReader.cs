using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Scripting;

/// <summary>
/// Reads the YAML header of a script rule: a comment <c>/*---</c> … <c>---*/</c> that opens the file,
/// each delimiter on its own line. Needs no compiler, so a warm run knows every rule's metadata
/// (for <c>rules list</c>, severities and suppressions) without loading Roslyn.
/// </summary>
public static partial class ScriptHeaderReader
{
    /// <summary>Keys a header may have.</summary>
    public static IReadOnlyList<string> KnownKeys { get; } = ["id", "name", "title", "category", "severity", "level", "message", "docs", "options", "locales"];

    /// <summary>The values of <c>level:</c>.</summary>
    public static IReadOnlyDictionary<string, ScriptLevel> Levels { get; } = new Dictionary<string, ScriptLevel>(StringComparer.Ordinal)
    {
        ["text"] = ScriptLevel.Text,
        ["post"] = ScriptLevel.Post,
        ["run"] = ScriptLevel.Run,
    };

    /// <summary>Reads the header of <paramref name="source"/>.</summary>
    public static ScriptHeaderResult Read(SourceDocument source)
    {
        var text = source.Text;
        var diagnostics = new List<Diagnostic>();
        var open = 0;
        while (open < text.Length && char.IsWhiteSpace(text[open]))
        {
            open++;
        }

        var close = Closing().Match(text, open);
        if (!text.AsSpan(open).StartsWith("/*---", StringComparison.Ordinal) || !close.Success)
        {
            return Fail(diagnostics, new TextSpan(open, 0), "the file must start with a '/*---' line, YAML metadata (at least 'id:'), then a '---*/' line");
        }

        var yamlStart = text.IndexOf('\n', open) + 1;
        var yaml = yamlStart <= close.Index ? text[yamlStart..close.Index] : string.Empty;
        var headerSpan = TextSpan.FromBounds(open, close.Index + close.Length);
        var stream = YamlLoader.Load(yaml, out var error);
        if (stream is null)
        {
            return Fail(diagnostics, error.Span.Shift(yamlStart), error.Message);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Fail(diagnostics, headerSpan, "the metadata must be a YAML map with at least 'id:'");
        }

        var reader = new HeaderFields(root, yamlStart, diagnostics);
        var header = reader.Build(Path.GetFileName(source.Path), headerSpan);
        return new ScriptHeaderResult(diagnostics.Count == 0 ? header : null, [.. diagnostics]);
    }

    internal static Diagnostic Problem(TextSpan span, string problem) =>
        Diagnostic.Create(ScriptRules.InvalidRuleHeader, span, ("problem", problem));

    private static ScriptHeaderResult Fail(List<Diagnostic> diagnostics, TextSpan span, string problem)
    {
        diagnostics.Add(Problem(span, problem));
        return new ScriptHeaderResult(null, [.. diagnostics]);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    internal static partial Regex OptionName();

    [GeneratedRegex(@"^[ \t]*---\*/[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex Closing();

    [GeneratedRegex("^[A-Z][A-Z0-9]*[0-9]$")]
    internal static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    internal static partial Regex KebabCase();
}
