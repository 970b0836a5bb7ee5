using System.Collections.Immutable;
using ContentLint.Core.Engine;

namespace ContentLint.LanguageServer.Workspace;

/// <summary>The linter for the documents under one configuration, and what loading that configuration and its rule files reported.</summary>
/// <param name="Configured">The linter with its configuration and rule pack (owned: disposed when retired).</param>
internal sealed record WorkspaceLinter(ConfiguredLinter Configured)
{
    /// <summary>The linter.</summary>
    public Linter Linter => Configured.Linter;

    /// <summary>The <c>contentlint.yaml</c> in force, or null for the defaults.</summary>
    public string? ConfigPath => Configured.ConfigPath;

    /// <summary>Findings on the configuration file, or null.</summary>
    public FileLintResult? ConfigResult => Configured.ConfigResult;

    /// <summary>Findings on rule files (compile errors, invalid rules), published on those files.</summary>
    public ImmutableArray<FileLintResult> RuleFileResults => Configured.RuleFileResults;

    /// <summary>Every file this configuration publishes findings on besides the documents: the configuration and rule files.</summary>
    public IEnumerable<string> PublishedPaths =>
        (ConfigPath is null ? [] : new[] { ConfigPath }).Concat(RuleFileResults.Select(r => r.Path));
}
