namespace ContentLint.LanguageServer.Protocol;

/// <summary>What the server implements; each handler fills its own part.</summary>
internal sealed record ServerCapabilities
{
    public string PositionEncoding { get; init; } = "utf-16";

    public TextDocumentSyncOptions? TextDocumentSync { get; init; }

    public bool? HoverProvider { get; init; }

    public CodeActionOptions? CodeActionProvider { get; init; }

    public CompletionOptions? CompletionProvider { get; init; }

    public bool? DocumentSymbolProvider { get; init; }

    public bool? InlayHintProvider { get; init; }

    public DiagnosticOptions? DiagnosticProvider { get; init; }

    public ExperimentalCapabilities? Experimental { get; init; }
}
