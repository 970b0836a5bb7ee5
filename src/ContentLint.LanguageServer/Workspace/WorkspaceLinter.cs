using ContentLint.Core.Engine;

namespace ContentLint.LanguageServer.Workspace;

/// <summary>The linter for the documents under one configuration, and what loading that configuration reported.</summary>
/// <param name="Linter">The linter.</param>
/// <param name="ConfigPath">The <c>contentlint.yaml</c> in force, or null for the defaults.</param>
/// <param name="ConfigResult">Findings on the configuration file (published on that file), or null without one.</param>
internal sealed record WorkspaceLinter(Linter Linter, string? ConfigPath, FileLintResult? ConfigResult);
