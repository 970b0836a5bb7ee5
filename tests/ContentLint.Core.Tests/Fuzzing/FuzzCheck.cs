using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Fuzzing;

/// <summary>What every fuzz target checks: no exception escapes, and every finding lies inside its document.</summary>
internal static class FuzzCheck
{
    private static readonly Linter Linter = new(LintConfiguration.CreateDefault(Path.GetTempPath()), BuiltInRules.Create());

    /// <summary>The whole check of a file's text, as the language server runs it.</summary>
    public static void LintText(string path, string text) => AssertInside(Linter.Lint(new SourceDocument(path, text)), text.Length);

    /// <summary>The whole check of a file's bytes, as <c>check</c> runs it: decoding, then the rules.</summary>
    public static void LintBytes(string path, byte[] bytes)
    {
        var loaded = SourceLoader.Decode(path, bytes);
        if (loaded.Document is { } document)
        {
            AssertInside(Linter.Lint(document), document.Text.Length);
            return;
        }

        var partial = loaded.ProblemText ?? string.Empty;
        AssertInside(Linter.FromDiagnostics(path, new SourceDocument(path, partial), null, [loaded.Diagnostic!]), partial.Length);
    }

    /// <summary>A configuration file.</summary>
    public static void LoadConfiguration(string yaml)
    {
        var result = ConfigurationLoader.Load(new SourceDocument("contentlint.yaml", yaml), Path.GetTempPath(), Linter.Catalog);
        foreach (var diagnostic in result.Diagnostics)
        {
            AssertInside(diagnostic.Span, yaml.Length);
        }
    }

    private static void AssertInside(FileLintResult result, int length)
    {
        foreach (var finding in result.Findings)
        {
            AssertInside(finding.Span, length);
        }
    }

    private static void AssertInside(TextSpan span, int length) =>
        Assert.True(span.Start >= 0 && span.Start <= span.End && span.End <= length, $"span {span} outside a document of {length}");
}
