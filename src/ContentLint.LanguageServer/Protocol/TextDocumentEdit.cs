namespace ContentLint.LanguageServer.Protocol;

/// <summary>Edits of one document at one version.</summary>
internal sealed record TextDocumentEdit(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<LspTextEdit> Edits);
