namespace ContentLint.LanguageServer.Protocol;

/// <summary>Parameters of position requests: hover, completion.</summary>
internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
