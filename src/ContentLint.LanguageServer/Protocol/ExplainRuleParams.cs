namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>contentlint/explainRule</c> parameters: a rule ID or name, known to the configuration nearest to <paramref name="Uri"/> (as in <see cref="RulesParams"/>).</summary>
internal sealed record ExplainRuleParams(string? Rule, string? Uri);
