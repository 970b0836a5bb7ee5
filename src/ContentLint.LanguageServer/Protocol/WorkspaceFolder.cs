namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>WorkspaceFolder</c>.</summary>
internal sealed record WorkspaceFolder(string Uri, string Name);
