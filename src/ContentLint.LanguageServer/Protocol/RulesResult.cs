namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>contentlint/rules</c> result: every rule the linter of the document or folder knows, sorted by ID.</summary>
/// <param name="ConfigPath">The configuration in use (its full path), or null for the defaults.</param>
/// <param name="Rules">The rules.</param>
internal sealed record RulesResult(string? ConfigPath, IReadOnlyList<RuleInfo> Rules);
