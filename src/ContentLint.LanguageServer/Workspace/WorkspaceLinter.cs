using System.Collections.Immutable;
using ContentLint.Core.Engine;

namespace ContentLint.LanguageServer.Workspace;

/// <summary>The linter for the documents under one configuration, and what loading that configuration and its rule files reported.</summary>
/// <param name="Configured">The linter in use, with its configuration and rule pack: the last valid one when <paramref name="Failed"/> is set.</param>
/// <param name="Failed">The load that failed (its findings say why), or null when the configuration in use is the current one.</param>
internal sealed record WorkspaceLinter(ConfiguredLinter Configured, ConfiguredLinter? Failed = null)
{
    /// <summary>The linter.</summary>
    public Linter Linter => Configured.Linter;

    /// <summary>The nearest <c>contentlint.yaml</c>, or null for the defaults.</summary>
    public string? ConfigPath => Configured.ConfigPath;

    /// <summary>True when the current configuration could not be read: posts are checked with the last valid one, or the defaults.</summary>
    public bool PolicyUnreadable => Failed is not null || Configured.HasConfigErrors;

    /// <summary>Findings on each configuration file of the cascade (those of the failed load, if any).</summary>
    public ImmutableArray<FileLintResult> ConfigResults => (Failed ?? Configured).ConfigResults;

    /// <summary>Findings on rule files (compile errors, invalid rules), published on those files.</summary>
    public ImmutableArray<FileLintResult> RuleFileResults => Configured.RuleFileResults;

    /// <summary>The loads this object holds (disposed when retired, unless still the last valid one).</summary>
    public IEnumerable<ConfiguredLinter> Owned => Failed is null ? [Configured] : [Configured, Failed];

    /// <summary>Every file this configuration publishes findings on besides the documents: the configuration and rule files.</summary>
    public IEnumerable<string> PublishedPaths => ConfigResults.Concat(RuleFileResults).Select(r => r.Path);
}
