namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>contentlint/rules</c> parameters: the rules of the configuration nearest to <paramref name="Uri"/> (a document or folder; the first workspace folder when absent).</summary>
internal sealed record RulesParams(string? Uri);
