namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>contentlint/explainRule</c> result.</summary>
/// <param name="Rule">The rule's metadata.</param>
/// <param name="MessageFormat">The message, with its <c>{placeholders}</c>.</param>
/// <param name="Documentation">The rule's own Markdown documentation (why, how to fix, examples).</param>
/// <param name="Markdown">A page for the reader: title, metadata, the documentation, how to configure and suppress the rule.</param>
internal sealed record RuleExplanation(RuleInfo Rule, string MessageFormat, string Documentation, string Markdown);
