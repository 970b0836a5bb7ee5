namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>CompletionOptions</c>.</summary>
internal sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters);
