namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>CodeActionOptions</c>.</summary>
internal sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);
