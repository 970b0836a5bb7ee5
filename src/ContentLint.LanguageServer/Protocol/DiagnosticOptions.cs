namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>DiagnosticOptions</c> (pull diagnostics).</summary>
internal sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);
