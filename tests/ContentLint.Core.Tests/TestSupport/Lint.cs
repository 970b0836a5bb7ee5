using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.TestSupport;

/// <summary>Lints in-memory text for tests.</summary>
internal static class Lint
{
    public static LintConfiguration DefaultConfig => LintConfiguration.CreateDefault(Path.GetTempPath());

    public static FileLintResult Text(string path, string text, LintConfiguration? config = null, params PostRule[] extraRules)
    {
        var linter = new Linter(config ?? DefaultConfig, BuiltInRules.Create().Concat(extraRules));
        return linter.Lint(new SourceDocument(path, text));
    }

    public static PostDocument Parse(string path, string text, LintConfiguration? config = null) =>
        PostDocumentParser.Parse(new SourceDocument(path, text), PostDocumentParser.KindOf(path)!.Value, config ?? DefaultConfig);

    /// <summary>"line:column", 1-based, of a finding's start.</summary>
    public static string At(this ContentLint.Core.Diagnostics.Finding finding) => finding.Position.Start.ToString();

    /// <summary>The source text a finding covers.</summary>
    public static string Covered(this ContentLint.Core.Diagnostics.Finding finding, string source) => source.Substring(finding.Span.Start, finding.Span.Length);
}
