namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentSyncOptions</c> (change: 1 full, 2 incremental).</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);
