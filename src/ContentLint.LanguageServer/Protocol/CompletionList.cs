namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>CompletionList</c>.</summary>
internal sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);
