namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>textDocument/publishDiagnostics</c> parameters.</summary>
internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);
