namespace ContentLint.LanguageServer.Protocol;

/// <summary>Parameters of requests about a range of a document: inlay hints.</summary>
internal sealed record RangeParams(TextDocumentIdentifier TextDocument, LspRange Range);
