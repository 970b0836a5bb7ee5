using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.TestSupport;

/// <summary>Runs one rule of the default pack, alone, on in-memory files, and applies its fixes.</summary>
internal static class PackRun
{
    /// <summary>A configuration read from <paramref name="yaml"/> (a contentlint.yaml), which must have no error.</summary>
    public static LintConfiguration Config(string yaml)
    {
        var loaded = ConfigurationLoader.Load(new SourceDocument("contentlint.yaml", yaml), Path.GetTempPath(), new Linter(Lint.DefaultConfig, BuiltInRules.Shipped).Catalog);
        Assert.False(loaded.HasErrors, string.Join("; ", loaded.Diagnostics.Select(d => d.Message)));
        return loaded.Configuration;
    }

    /// <summary>A linter with only the pack rule <paramref name="id"/>.</summary>
    public static Linter Linter(string id, LintConfiguration? config = null)
    {
        return new Linter(config ?? Lint.DefaultConfig, BuiltInRules.Create().Where(r => r.Descriptor.Id == id), BuiltInRules.CreateBatch().Where(r => r.Descriptor.Id == id));
    }

    /// <summary>The findings of rule <paramref name="id"/> on the files (batch rules see them all together).</summary>
    public static IReadOnlyList<Finding> Findings(string id, LintConfiguration? config, params (string Path, string Text)[] files)
    {
        var linter = Linter(id, config);
        var analyses = linter.RunBatch([.. files.Select(f => linter.Analyze(new SourceDocument(f.Path, f.Text)))]);
        return [.. analyses.SelectMany(a => linter.Finish(a).Findings).Where(f => f.RuleId == id)];
    }

    /// <summary>The file after every fix of rule <paramref name="id"/>, and what the rule still reports on it.</summary>
    public static (string Text, IReadOnlyList<Finding> Left) Fix(string id, string path, string source, LintConfiguration? config = null)
    {
        var linter = Linter(id, config);
        var document = new SourceDocument(path, source);
        var (fixedDocument, result, _) = FixSession.Run(linter, document, linter.Lint(document));
        return (fixedDocument.Text, [.. result.Findings.Where(f => f.RuleId == id)]);
    }

    /// <summary>The reader-visible text of each post's first part in <paramref name="source"/>.</summary>
    public static IReadOnlyList<string> Texts(string path, string source, LintConfiguration? config = null) =>
        [.. Lint.Parse(path, source, config).Posts.Select(p => p.Parts[0].Text)];
}
