namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>textDocument/codeAction</c> parameters.</summary>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context);
