namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>textDocument/diagnostic</c> parameters (pull diagnostics).</summary>
internal sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier = null, string? PreviousResultId = null);
